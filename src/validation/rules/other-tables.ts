/**
 * The "三公" table, procurement, state assets, the project table and missing standard tables.
 */
import { money, multiply, sum } from '../../domain/money.ts';
import { STANDARD_TABLES, TABLE_LABELS, type ThreePublicGroup } from '../../schemas/tables.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import { checkSum, show } from './sum-check.ts';

const GROUP_LABELS: Record<string, string> = { this_year: '本年数', last_year: '上年数', budget: '预算数' };

export function otherTableRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables;
  if (!tables) return [];
  const findings: LocatedRuleFinding[] = [];
  const unit = context.meta.unit;
  const tolerance = context.tolerance;

  const three = tables.three_public_expenses;
  for (const groupKey of ['this_year', 'last_year', 'budget'] as const) {
    const group: ThreePublicGroup | undefined = three?.[groupKey];
    if (!group) continue;
    const at = ['three_public_expenses', groupKey];
    findings.push(...checkSum({
      rule: 'sum/three-public', file: 'tables.yaml', at: [...at, 'vehicle_subtotal'], unit, tolerance,
      subject: `“三公”经费${GROUP_LABELS[groupKey]}的公务用车购置及运行费小计`,
      addends: [{ label: '公务用车购置费', value: group.vehicle_purchase, at: [...at, 'vehicle_purchase'] }, { label: '公务用车运行维护费', value: group.vehicle_operation, at: [...at, 'vehicle_operation'] }],
      stated: group.vehicle_subtotal,
    }));
    const vehicles = group.vehicle_subtotal ?? (group.vehicle_purchase || group.vehicle_operation ? sum([group.vehicle_purchase, group.vehicle_operation]) : undefined);
    findings.push(...checkSum({
      rule: 'sum/three-public', file: 'tables.yaml', at: [...at, 'total'], unit, tolerance,
      subject: `“三公”经费${GROUP_LABELS[groupKey]}的合计`,
      addends: [
        { label: '因公出国（境）费', value: group.overseas, at: [...at, 'overseas'] },
        { label: '公务用车购置及运行费', value: vehicles, at: [...at, 'vehicle_subtotal'] },
        { label: '公务接待费', value: group.reception, at: [...at, 'reception'] },
      ],
      stated: group.total,
    }));
  }

  const procurement = tables.procurement;
  for (const splitKey of ['summary', 'general_budget'] as const) {
    const split = procurement?.[splitKey];
    if (!split) continue;
    findings.push(...checkSum({
      rule: 'sum/procurement', file: 'tables.yaml', at: ['procurement', splitKey, 'total'], unit, tolerance,
      subject: splitKey === 'summary' ? '政府采购预算总额' : '一般公共预算拨款政府采购总额',
      addends: [
        { label: '货物', value: split.goods, at: ['procurement', splitKey, 'goods'] },
        { label: '工程', value: split.works, at: ['procurement', splitKey, 'works'] },
        { label: '服务', value: split.services, at: ['procurement', splitKey, 'services'] },
      ],
      stated: split.total,
    }));
  }
  procurement?.items.forEach((item, index) => {
    if (item.quantity && item.unit_price) {
      const product = multiply(item.quantity, item.unit_price);
      if (!item.amount || product.units !== item.amount.units) {
        findings.push({
          severity: 'error', rule: 'sum/procurement-item', file: 'tables.yaml', at: ['procurement', 'items', index, 'amount'],
          message: `政府采购“${item.name}”的金额应等于数量×单价`,
          messageEn: 'Amount must equal quantity × unit price',
          values: [
            { label: '数量', value: show(item.quantity) }, { label: '单价', value: show(item.unit_price, unit) },
            { label: '数量×单价', value: show(product, unit) }, { label: '表中金额', value: show(item.amount, unit) },
          ],
        });
      }
    }
  });
  if (procurement && procurement.items.length > 0 && procurement.summary?.total) {
    findings.push(...checkSum({
      rule: 'sum/procurement', file: 'tables.yaml', at: ['procurement', 'summary', 'total'], unit, tolerance,
      subject: '政府采购预算总额（与采购明细合计）',
      addends: procurement.items.map((item, index) => ({ label: item.name, value: item.amount, at: ['procurement', 'items', index, 'amount'] })),
      stated: procurement.summary.total,
    }));
  }

  const assets = tables.state_assets;
  for (const key of ['vehicles', 'planned_vehicle_purchases'] as const) {
    const counts = assets?.[key];
    if (!counts || counts.total === undefined) continue;
    const parts = (['general_official', 'law_enforcement', 'special_professional', 'other'] as const)
      .map((kind) => ({ label: VEHICLE_LABELS[kind], value: counts[kind] === undefined ? undefined : money(counts[kind]!), at: ['state_assets', key, kind] }));
    findings.push(...checkSum({
      rule: 'sum/vehicles', file: 'tables.yaml', at: ['state_assets', key, 'total'], unit: '辆', tolerance: money(0),
      subject: key === 'vehicles' ? '车辆合计' : '拟购置车辆合计',
      addends: parts, stated: money(counts.total),
    }));
  }

  const projects = tables.project_expenditure;
  if (projects?.total) {
    findings.push(...checkSum({
      rule: 'sum/total', file: 'tables.yaml', at: ['project_expenditure', 'total'], unit, tolerance,
      subject: '项目支出表合计', addends: projects.rows.map((row, index) => ({ label: row.name, value: row.amount, at: ['project_expenditure', 'rows', index, 'amount'] })), stated: projects.total,
    }));
  }

  const omitted = tables.omitted_tables ?? {};
  for (const key of Object.keys(omitted)) {
    if (!(STANDARD_TABLES as readonly string[]).includes(key)) {
      findings.push({
        severity: 'error', rule: 'schema/unknown-table', file: 'tables.yaml', at: ['omitted_tables', key, '#key'],
        message: `omitted_tables 中的“${key}”不是标准表的名称`,
        messageEn: `Unknown standard table ${key}`,
        values: [{ label: '标准表', value: STANDARD_TABLES.join(', ') }],
      });
    } else if ((tables as Record<string, unknown>)[key]) {
      findings.push({
        severity: 'error', rule: 'table/omitted-but-present', file: 'tables.yaml', at: ['omitted_tables', key, '#key'],
        message: `${TABLE_LABELS[key]?.[context.stage] ?? key}已在本文件中填写，却又列在 omitted_tables（未包含的表）中`,
        messageEn: `Table ${key} is both present and listed as omitted`,
      });
    }
  }
  for (const key of STANDARD_TABLES) {
    if (!(tables as Record<string, unknown>)[key] && !(key in omitted)) {
      findings.push({
        severity: 'warning', rule: 'plausibility/missing-table', file: 'tables.yaml', at: [],
        message: `缺少标准表“${TABLE_LABELS[key]?.[context.stage] ?? key}”：请填写，或在 omitted_tables 中说明未公开的原因`,
        messageEn: `Standard table ${key} is missing`,
      });
    }
  }
  return findings;
}

const VEHICLE_LABELS = { general_official: '一般公务用车', law_enforcement: '执勤执法用车', special_professional: '特种专业技术用车', other: '其他用车' } as const;


