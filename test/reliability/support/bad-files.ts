/**
 * Builders for hostile or broken input files, written byte by byte so each one is exactly the problem it names:
 * an OLE compound file (password-protected .docx, legacy .doc), a zip whose directory lies about sizes or holds
 * unsafe names, a deflate bomb.
 */
import { crc32, deflateRawSync } from "node:zlib";

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/**
 * A minimal compound file (MS-CFB version 3, 512-byte sectors) holding the given streams. Streams are padded to
 * 4096 bytes so that they live in regular sectors (no mini stream); one FAT sector, one directory sector.
 */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  if (streams.length > 3) throw new RangeError("one directory sector holds the root and three streams");
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / 512) * 512);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: s.data.length < 4096 ? 4096 : s.data.length };
  });
  const dataSectors = padded.reduce((n, s) => n + s.data.length / 512, 0);
  const out = new Uint8Array(512 * (3 + dataSectors));
  const view = new DataView(out.buffer);
  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cut-off
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + 4 * i, FREE, true);
  // FAT (sector 0 at file offset 512).
  const fat = (index: number, value: number) => view.setUint32(512 + 4 * index, value, true);
  for (let i = 0; i < 128; i++) fat(i, FREE);
  fat(0, FAT_SECTOR);
  fat(1, END_OF_CHAIN);
  let sector = 2;
  const starts: number[] = [];
  for (const s of padded) {
    starts.push(sector);
    const count = s.data.length / 512;
    for (let k = 0; k < count; k++) fat(sector + k, k === count - 1 ? END_OF_CHAIN : sector + k + 1);
    out.set(s.data, 512 * (1 + sector));
    sector += count;
  }
  // Directory (sector 1): root, then the streams chained as right siblings.
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = 512 * 2 + 128 * index;
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, NO_STREAM, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, padded.length ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, NO_STREAM, i + 1 < padded.length ? i + 2 : NO_STREAM, starts[i], s.size),
  );
  return out;
}

/** What Word writes for a password-protected .docx: EncryptionInfo (agile, version 4.4) + EncryptedPackage. */
export function encryptedDocx(): Uint8Array {
  const info = new Uint8Array(600);
  new DataView(info.buffer).setUint16(0, 4, true);
  new DataView(info.buffer).setUint16(2, 4, true);
  new DataView(info.buffer).setUint32(4, 0x40, true);
  info.set(
    new TextEncoder().encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
    ),
    8,
  );
  const pkg = new Uint8Array(5000);
  new DataView(pkg.buffer).setUint32(0, 4992, true);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131) & 0xff;
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

/** A Word 97–2003 document: a WordDocument stream starting with the FIB's magic number, and its table stream. */
export function legacyDoc(): Uint8Array {
  const word = new Uint8Array(4096);
  new DataView(word.buffer).setUint16(0, 0xa5ec, true);
  word.set(new TextEncoder().encode("Legacy DPIA text"), 2048);
  return compoundFile([
    { name: "WordDocument", data: word },
    { name: "1Table", data: new Uint8Array(4096) },
  ]);
}

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (default) or store it. */
  deflate?: boolean;
  /** Size written in the headers instead of the real one (a zip bomb lies here). */
  declaredSize?: number;
  /** Data already deflated (raw DEFLATE) with this real uncompressed size. */
  preDeflated?: boolean;
}

/** A zip written by hand, so names and declared sizes are exactly what the test says. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const method = e.deflate === false ? 0 : 8;
    const body = e.preDeflated || method === 0 ? e.data : deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const crc = e.preDeflated ? 0 : crc32(e.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, method, true);
    dv.setUint32(16, crc, true);
    dv.setUint32(20, body.length, true);
    dv.setUint32(24, size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    chunks.push(local, body);
    central.push(dir);
    offset += local.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw DEFLATE of `size` bytes of spaces: a few hundred kilobytes that inflate to `size`. */
export function deflatedSpaces(size: number): Uint8Array {
  return deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
}
