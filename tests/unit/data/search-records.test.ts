import { describe, expect, it } from 'vitest';
import { tableText } from '../../../src/data/search-records.ts';
import { BLANK, moneyCell, textCell, type TableView } from '../../../src/table-kinds/view-model.ts';
import { parseMoney } from '../../../src/domain/money.ts';
import { commonGramsId } from '../../../src/search/common-grams-id.ts';

describe('a table in a search record', () => {
  const money = (text: string) => {
    const parsed = parseMoney(text);
    if (!parsed.ok) throw new Error(text);
    return moneyCell(parsed.value, '万元');
  };
  it('reads as the table: header row, then each row with its cells apart and in order, figures and blanks kept', () => {
    const view: TableView = {
      id: 'three', title: '“三公”经费支出表', rowHeader: '项目', columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }],
      rows: [
        { header: '公务接待费', cells: [money('8.00'), BLANK] },
        { group: '产出指标', code: '30217', header: '会议费', cells: [money('1.00'), money('0.50')] },
        { group: '产出指标', header: '培训费', cells: [money('2.00'), textCell('定性')] },
      ],
      note: '单位：万元',
    };
    expect(tableText(view)).toBe('项目 ｜ 预算数 ｜ 决算数 ； 公务接待费 ｜ 8.00 ｜  ； 产出指标 30217 会议费 ｜ 1.00 ｜ 0.50 ； 培训费 ｜ 2.00 ｜ 定性 ； 单位：万元');
  });
});

describe('the id of a common-bigram list', () => {
  it('is FNV-1a (32 bits) over the list, in 8 hex digits', () => {
    // Reference values of FNV-1a 32: the offset basis for nothing, 0xe40c292c for "a".
    expect(commonGramsId('')).toBe('811c9dc5');
    expect(commonGramsId('a')).toBe('e40c292c');
    expect(commonGramsId('经费预算')).not.toBe(commonGramsId('预算经费'));
  });
});
