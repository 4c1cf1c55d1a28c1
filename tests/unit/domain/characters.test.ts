/** Character classes of the hand-written scanners, against the regular expressions they stand for. */
import { describe, expect, it } from 'vitest';
import { isSpaceUnit } from '../../../src/domain/characters.ts';

describe('isSpaceUnit', () => {
  it('is true for exactly the code units \\s matches', () => {
    const differing: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (isSpaceUnit(unit) !== /\s/.test(String.fromCharCode(unit))) differing.push(unit.toString(16));
    }
    expect(differing).toEqual([]);
    expect(isSpaceUnit(0x3000)).toBe(true); // the ideographic space of Chinese text
    expect(isSpaceUnit(0x4e00)).toBe(false);
  });
});
