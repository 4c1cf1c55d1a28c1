/** 机构和人员: staff counts and internal and subordinate units, as the narrative states them. */
import { z } from 'zod';
import { money } from '../domain/money.ts';
import { reading } from '../domain/facts/reading.ts';
import { count, doc, text } from '../schemas/primitives.ts';
import { defineKind } from './kind.ts';
import { factTable, printed } from './fact-table.ts';
import { numberCell } from './view-model.ts';
import type { SyntheticDisclosure, SyntheticTable } from './synthetic.ts';

const schema = z.strictObject({
  staff_actual: doc(count.optional(), 'Staff actually in post', '实有人员'),
  staff_authorized: doc(count.optional(), 'Authorised posts', '编制人数'),
  staff_year_end: doc(count.optional(), 'Staff in post at year end', '年末在职人数'),
  retired: doc(count.optional(), 'Retired staff', '离退休人员'),
  internal_unit_count: doc(count.optional(), 'Number of internal units', '内设机构数'),
  internal_units: doc(z.array(text).optional(), 'Names of internal units', '内设机构'),
  subordinate_unit_count: doc(count.optional(), 'Number of subordinate budget units', '下属预算单位个数'),
  subordinate_units: doc(z.array(text).optional(), 'Names of subordinate units', '下属单位'),
});

const asMoney = (value: number | undefined) => (value === undefined ? undefined : money(String(value)));

export const organisation = defineKind<z.infer<typeof schema>>({
  key: 'organisation',
  label: { budget: '机构和人员', final: '机构和人员' },
  doc: { en: 'Organisation and staff counts', zh: '机构和人员' },
  schema,
  facts: (table) => [
    reading('实有人员', asMoney(table.staff_actual), 'organisation', ['staff_actual']),
    reading('年末在职人数', asMoney(table.staff_year_end), 'organisation', ['staff_year_end']),
  ],
  views: (table) => {
    const note = [
      table.internal_units?.length ? `内设机构：${table.internal_units.join('、')}` : '',
      table.subordinate_units?.length ? `下属单位：${table.subordinate_units.join('、')}` : '',
    ].filter(Boolean).join('；');
    const view = factTable('organisation', '机构和人员', printed([
      ['实有人员（人）', numberCell(table.staff_actual)], ['编制人数（人）', numberCell(table.staff_authorized)],
      ['年末在职人数（人）', numberCell(table.staff_year_end)], ['离退休人员（人）', numberCell(table.retired)],
      ['内设机构（个）', numberCell(table.internal_unit_count ?? table.internal_units?.length)],
      ['下属预算单位（个）', numberCell(table.subordinate_unit_count ?? table.subordinate_units?.length)],
    ]), undefined, note);
    return view ? [view] : [];
  },
  sample: ({ organisation: o }: SyntheticDisclosure): SyntheticTable => ({
    lines: ['organisation:', `  staff_actual: ${o.staff}`, `  staff_authorized: ${o.authorized}`, `  retired: ${o.retired}`,
      `  internal_unit_count: ${o.internalUnits.length}`, `  internal_units: [${o.internalUnits.join(', ')}]`, `  subordinate_unit_count: ${o.subordinates}`, ''],
    shapes: [[6, 2]],
  }),
});
