/**
 * Content files are strict UTF-8: other encodings are named (with the fix), never decoded into garbled text.
 * The non-UTF-8 bytes are written out by hand (GBK of known characters), not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, describeEncodingProblem, diagnoseEncoding } from '../../../src/validation/text-encoding.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
// GBK: 万元 = CD F2 D4 AA, 预算 = D4 A4 CB E3, 中国 = D6 D0 B9 FA.
const GBK_YAML = Buffer.concat([utf8('unit: '), Buffer.from([0xcd, 0xf2, 0xd4, 0xaa]), utf8('\ntitle: '), Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xd4, 0xa4, 0xcb, 0xe3]), utf8('\n')]);
const SAMPLE = 'unit: 万元\ntitle: 示例县2024年部门预算\nrows:\n  - { code: "201", total: 300.75 }\n';

describe('decodeUtf8', () => {
  it('reads UTF-8, with or without a byte-order mark, as the same text', () => {
    expect(decodeUtf8(utf8(SAMPLE))).toEqual({ text: SAMPLE });
    expect(decodeUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(SAMPLE)]))).toEqual({ text: SAMPLE });
    // A literal U+FFFD typed in the text is valid UTF-8, not damage.
    expect(decodeUtf8(utf8('a: �\n'))).toEqual({ text: 'a: �\n' });
  });

  it('names GBK (what Chinese Windows editors save by default)', () => {
    expect(decodeUtf8(GBK_YAML)).toEqual({ problem: { kind: 'gb18030' } });
  });

  it('names UTF-16 little- and big-endian, with and without a byte-order mark', () => {
    expect(diagnoseEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]))).toEqual({ kind: 'utf-16le' });
    expect(diagnoseEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]))).toEqual({ kind: 'utf-16be' });
    expect(diagnoseEncoding(Buffer.from(SAMPLE, 'utf16le'))).toEqual({ kind: 'utf-16le' });
    expect(diagnoseEncoding(utf16be(SAMPLE))).toEqual({ kind: 'utf-16be' });
    // ASCII-only UTF-16 is valid UTF-8 byte for byte: its NUL bytes give it away.
    expect(decodeUtf8(Buffer.from('year: 2024\n', 'utf16le'))).toEqual({ problem: { kind: 'utf-16le' } });
  });

  it('names office files, PDF and other binary data', () => {
    expect(decodeUtf8(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toEqual({ problem: { kind: 'zip' } });
    expect(decodeUtf8(Buffer.concat([utf8('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3])]))).toEqual({ problem: { kind: 'pdf' } });
    expect(decodeUtf8(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ problem: { kind: 'ole' } });
    // Bytes of a compressed stream: no encoding reads them as text.
    const noise = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 167 + 13) % 256));
    expect(decodeUtf8(noise)).toEqual({ problem: { kind: 'binary' } });
  });

  it('tells a damaged UTF-8 file (a few broken bytes) from another encoding, naming the line', () => {
    const text = utf8(SAMPLE + '说明：本年收入合计 400.90 万元。\n');
    // Line 5: "说" loses its last byte.
    const at = text.indexOf(utf8('说'));
    const damaged = Buffer.concat([text.subarray(0, at + 2), text.subarray(at + 3)]);
    expect(decodeUtf8(damaged)).toEqual({ problem: { kind: 'damaged-utf8', line: 5 } });
  });

  it('refuses a NUL byte in otherwise valid UTF-8, naming its line', () => {
    expect(decodeUtf8(utf8('a: 1\nb: 2\u0000\nc: 3\n'))).toEqual({ problem: { kind: 'nul', line: 2 } });
  });

  it('explains every problem in Chinese with the fix, English on the second line', () => {
    for (const kind of ['gb18030', 'utf-16le', 'utf-16be', 'utf-32', 'zip', 'pdf', 'ole', 'binary'] as const) {
      const { message, messageEn, line } = describeEncodingProblem({ kind });
      expect(message, kind).toMatch(/[\u4e00-\u9fff]/);
      expect(message, kind).toContain('UTF-8');
      expect(messageEn, kind).toMatch(/^[\x20-\x7e]+$/);
      expect(line).toBe(1);
    }
    expect(describeEncodingProblem({ kind: 'gb18030' }).message).toContain('另存为');
    expect(describeEncodingProblem({ kind: 'damaged-utf8', line: 7 })).toMatchObject({ line: 7, message: expect.stringContaining('第7行') });
  });
});
