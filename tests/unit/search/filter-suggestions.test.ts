import { describe, expect, it } from 'vitest';
import { queryWithout, suggestFilters } from '../../../src/search/filter-suggestions.ts';

const departments = [
  { name: '中共井研县委组织部', aliases: ['井研县委组织部'] },
  { name: '中国共产党平罗县委员会组织部', aliases: ['平罗县委组织部'] },
  { name: '井研县财政局', aliases: [] },
];
const years = ['2024', '2023'];

describe('filters offered for what a query names', () => {
  it('a year the site has, written as 2023, 2023年 or 2023年度', () => {
    for (const word of ['2023', '2023年', '2023年度']) expect(suggestFilters(`${word} 培训`, years, departments, {})).toEqual([{ key: 'year', value: '2023', term: word }]);
  });
  it('no year the site lacks, nor one when a year is already chosen', () => {
    expect(suggestFilters('2019年 培训', years, departments, {})).toEqual([]);
    expect(suggestFilters('2023 培训', years, departments, { year: '2024' })).toEqual([]);
  });
  it('every department whose name or other name holds the word, or is held by it', () => {
    expect(suggestFilters('组织部', years, departments, {}).map((s) => s.value)).toEqual(['中共井研县委组织部', '中国共产党平罗县委员会组织部']);
    expect(suggestFilters('平罗县委组织部培训', years, departments, {}).map((s) => s.value)).toEqual(['中国共产党平罗县委员会组织部']);
    expect(suggestFilters('财政局 2024', years, departments, {})).toEqual([
      { key: 'department', value: '井研县财政局', term: '财政局' },
      { key: 'year', value: '2024', term: '2024' },
    ]);
  });
  it('nothing for a one-character word, for words naming no department, or once a department is chosen', () => {
    expect(suggestFilters('部 培训费', years, departments, {})).toEqual([]);
    expect(suggestFilters('组织部', years, departments, { department: '井研县财政局' })).toEqual([]);
  });
  it('the query without the word that became a filter', () => {
    expect(queryWithout('2023年 干部 培训', '2023年')).toBe('干部 培训');
    expect(queryWithout('组织部', '组织部')).toBe('');
  });
});
