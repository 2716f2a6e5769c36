/**
 * Checks on the raw bytes before any inflation: what kind of file it is (zip, OLE compound file holding an
 * encrypted package or a legacy .doc), and what the zip's central directory declares (names, sizes).
 */
import { DocxFormatError } from "../errors";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface ZipEntryInfo {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws the right DocxFormatError for files that are not zips. */
export function sniffContainer(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Word saves a password-protected .docx as an OLE compound file with EncryptionInfo + EncryptedPackage.
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      throw new DocxFormatError(
        "encrypted",
        "The document is password-protected; remove the password in Word and try again.",
      );
    }
    throw new DocxFormatError("legacy-doc", "This is a legacy Word 97-2003 .doc file; save it as .docx in Word first.");
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    throw new DocxFormatError("not-a-zip", "The file is not a .docx (it is not a zip package).");
  }
}

/** Reads the central directory (without inflating anything) to get entry names and declared sizes. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new DocxFormatError("not-a-zip", "The file is not a .docx (no zip directory found; it may be truncated).");
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntryInfo[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new DocxFormatError("corrupt", "The .docx zip directory is damaged.");
    }
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, uncompressedSize, compressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Part names must stay inside the package: no "..", no absolute paths, no backslashes. */
export function checkPartName(name: string): void {
  if (name.split(/[\\/]/).some((seg) => seg === "..") || name.startsWith("/") || /^[a-zA-Z]:/.test(name)) {
    throw new DocxFormatError("path-traversal", `The package contains an unsafe part name (${JSON.stringify(name)}).`);
  }
}
