/**
 * Character classes by UTF-16 code unit, for the hand-written scanners (indicator values, search text) that read
 * text with charCodeAt instead of a regular expression.
 */

/** What `\s` matches: JavaScript's white space and line terminators (a test holds the two equal for every unit). */
export const isSpaceUnit = (unit: number): boolean =>
  unit <= 32
    ? unit === 32 || (unit >= 9 && unit <= 13)
    : unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
