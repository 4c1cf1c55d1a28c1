/** The guide reads the same content for several of its parts (fact places, the sample report): each root is checked once. */
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from '../../src/validation/check-content.ts';

const checked = new Map<string, CheckResult>();

export function checkedContent(root: string): CheckResult {
  const key = resolve(root);
  let result = checked.get(key);
  if (!result) checked.set(key, (result = checkContent(key)));
  return result;
}
