/** Publication within 20 days of approval (docs/domain.md, "Publication dates"). */
import { expect, it } from 'vitest';
import { PUBLICATION_DAYS, publicationDateFindings } from '../../../src/validation/rules/meta.ts';

const days = (approved: string, published: string) => publicationDateFindings(approved, published)[0]?.values?.find((value) => value.label === '相隔天数')?.value;

it('accepts publication on the day of approval up to the 20th day after it', () => {
  expect(PUBLICATION_DAYS).toBe(20);
  expect(publicationDateFindings('2024-01-20', '2024-01-20')).toEqual([]);
  expect(publicationDateFindings('2024-01-20', '2024-02-09')).toEqual([]);
});

it('warns from the 21st day, counting across months and leap days', () => {
  expect(days('2024-01-20', '2024-02-10')).toBe('21');
  expect(days('2024-02-10', '2024-03-02')).toBe('21');
  expect(publicationDateFindings('2023-02-10', '2023-03-02')).toEqual([]);
  expect(publicationDateFindings('2023-02-10', '2023-03-03')[0]).toMatchObject({ severity: 'warning', rule: 'plausibility/publication-date', at: ['published_on'] });
});

it('warns when the publication is dated before the approval, saying the dates may be swapped', () => {
  const [finding] = publicationDateFindings('2024-06-28', '2024-06-10');
  expect(finding?.message).toContain('早于批复日期');
  expect(days('2024-06-28', '2024-06-10')).toBe('-18');
});

it('says nothing when a date is missing (plausibility/missing-dates covers that)', () => {
  expect(publicationDateFindings(undefined, '2024-06-10')).toEqual([]);
  expect(publicationDateFindings('2024-06-10', undefined)).toEqual([]);
});
