/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, data descriptors, central directory, UTF-8 names) on
 * Node's zlib: each file is read and deflated in chunks, so a large site's data files never sit in memory whole.
 * Chunks are deflated one by one with a sync flush (each ends on a byte boundary, none is marked final) and one
 * empty final block closes the stream: together they are one valid deflate stream. No ZIP64: a file or archive
 * over 4 GiB, or more than 65,535 entries, is refused with an error rather than written wrong.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const CHUNK = 4 << 20;
const LIMIT = 0xffffffff;
/** 1980-01-01 00:00, the earliest DOS date: archives of the same files are byte for byte the same. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: the name is UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const VERSION = 20;

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  private write(buffer: Buffer): void {
    writeSync(this.fd, buffer);
    this.offset += buffer.length;
  }

  /** Adds the file at `source` under `name` (forward slashes). */
  addFile(name: string, source: string): void {
    const input = openSync(source, 'r');
    try {
      this.add(name, (read) => {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
          const length = readSync(input, buffer, 0, CHUNK, null);
          if (length === 0) return;
          read(buffer.subarray(0, length));
        }
      });
    } finally {
      closeSync(input);
    }
  }

  /** Adds `data` under `name`. */
  addBuffer(name: string, data: Buffer): void {
    this.add(name, (read) => { if (data.length) read(data); });
  }

  private add(name: string, produce: (read: (chunk: Buffer) => void) => void): void {
    if (this.entries.length >= 0xffff) throw new Error('ZIP: more than 65,535 entries would need ZIP64');
    const encoded = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    // CRC and sizes (14–25) are zero here: the data descriptor after the data carries them.
    header.writeUInt16LE(encoded.length, 26);
    this.write(header);
    this.write(encoded);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    produce((chunk) => {
      crc = crc32(chunk, crc);
      size += chunk.length;
      const deflated = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
      compressed += deflated.length;
      this.write(deflated);
    });
    const final = deflateRawSync(Buffer.alloc(0));
    compressed += final.length;
    this.write(final);
    if (size > LIMIT || compressed > LIMIT || this.offset > LIMIT) throw new Error(`ZIP: ${name} needs ZIP64 (over 4 GiB)`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    this.write(descriptor);
    this.entries.push({ name: encoded, crc, compressed, size, offset });
  }

  /** Writes the central directory and closes the file. */
  close(): void {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE((3 << 8) | VERSION, 4); // made on Unix, so the external attributes are a file mode
      record.writeUInt16LE(VERSION, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      // Extra field, comment, disk number, internal attributes: none; external attributes: a regular file, rw-r--r--.
      record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
      record.writeUInt32LE(entry.offset, 42);
      this.write(record);
      this.write(entry.name);
    }
    const size = this.offset - start;
    if (this.offset > LIMIT) throw new Error('ZIP: the archive needs ZIP64 (over 4 GiB)');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    closeSync(this.fd);
  }
}
