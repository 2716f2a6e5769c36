/**
 * openDocx refuses what is not a usable .docx with a DocxFormatError whose `code` names the problem, before
 * any XML is parsed or any oversized part is inflated.
 */
import JSZip from "jszip";
import { DocxFormatError, openDocx } from "../../src/headless-word";
import { miniDocx, p } from "./support/mini-docx";

async function codeOf(bytes: Uint8Array, options?: Parameters<typeof openDocx>[1]): Promise<string> {
  try {
    await openDocx(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxFormatError);
    expect((error as Error).message).not.toContain("\n");
    return (error as DocxFormatError).code;
  }
  throw new Error("expected openDocx to refuse the input");
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleWith(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE, 0);
  const utf16 = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0]);
  bytes.set(utf16, 1024);
  return bytes;
}

async function withPart(name: string, content: string | Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await miniDocx(p("x")));
  zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Rewrites the declared uncompressed size of one entry in the central directory and local header. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = view.getUint32(i, true);
    const isCentral = sig === 0x02014b50;
    const isLocal = sig === 0x04034b50;
    if (!isCentral && !isLocal) continue;
    const nameAt = isCentral ? i + 46 : i + 30;
    const len = view.getUint16(isCentral ? i + 28 : i + 26, true);
    if (len !== nameBytes.length || !nameBytes.every((b, k) => out[nameAt + k] === b)) continue;
    view.setUint32(isCentral ? i + 24 : i + 22, size, true);
  }
  return out;
}

describe("openDocx refuses unusable input", () => {
  it("opens a valid package", async () => {
    await expect(openDocx(await miniDocx(p("fine")))).resolves.toBeDefined();
  });

  it("not a zip", async () => {
    expect(await codeOf(new TextEncoder().encode("just some text, not a document"))).toBe("not-a-zip");
    expect(await codeOf(new Uint8Array(0))).toBe("not-a-zip");
  });

  it("a truncated zip", async () => {
    const bytes = await miniDocx(p("x"));
    expect(["not-a-zip", "corrupt"]).toContain(await codeOf(bytes.slice(0, bytes.length / 2)));
  });

  it("a password-protected document (OLE container with EncryptionInfo)", async () => {
    expect(await codeOf(oleWith("EncryptionInfo"))).toBe("encrypted");
  });

  it("a legacy .doc (OLE container without the OOXML package)", async () => {
    expect(await codeOf(oleWith("WordDocument"))).toBe("legacy-doc");
  });

  it("a zip without word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    expect(await codeOf(await zip.generateAsync({ type: "uint8array" }))).toBe("missing-document-part");
  });

  it("XML with a DOCTYPE or entity declarations, never resolved", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await codeOf(await withPart("word/document.xml", xxe))).toBe("doctype");
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>`;
    expect(await codeOf(await withPart("customXml/item1.xml", bomb))).toBe("doctype");
  });

  it("a part that declares an absurd uncompressed size", async () => {
    const bytes = patchDeclaredSize(await miniDocx(p("x")), "word/document.xml", 0xfffffff0);
    expect(await codeOf(bytes)).toBe("too-large");
  });

  it("a part that inflates beyond the cap even though it declares a small size (zip bomb)", async () => {
    const big = await withPart("word/bomb.xml", `<a>${" ".repeat(4 * 1024 * 1024)}</a>`);
    const lying = patchDeclaredSize(big, "word/bomb.xml", 100);
    expect(await codeOf(lying, { maxPartBytes: 1024 * 1024 })).toBe("too-large");
  });

  it("part names that climb out of the package", async () => {
    expect(await codeOf(await withPart("../evil.xml", "<a/>"))).toBe("path-traversal");
  });

  it("malformed XML in the main part", async () => {
    expect(await codeOf(await withPart("word/document.xml", "<w:document><unclosed></w:document>"))).toBe("corrupt");
  });
});
