/**
 * Bad input, through openDocx and through the real CLI (spawned): each file gets one line naming the problem,
 * exit code 2, no stack trace, and `annotate` leaves no output file (not even a temporary one). A .docm is read
 * and annotated with its macros untouched; a DOCTYPE is refused before anything is resolved.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DocxFormatError, openDocx } from "../../src/headless-word";
import { buildDocx, heading, p, table, row } from "../fixtures/docx-builder";
import { compoundFile, deflatedSpaces, encryptedDocx, legacyDoc, rawZip } from "./support/bad-files";
import { partBytes, session, withParts } from "./support/documents";
import { CLI_BIN, ensureCliBuild } from "../cli/run-cli";

const ROOT = join(__dirname, "..", "..");
const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "dpia-bad-input-"));
const SECRET = `SECRET-${randomBytes(6).toString("hex")}`;
const secretFile = join(dir, "secret.txt");
writeFileSync(secretFile, SECRET);

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    ensureCliBuild();
    execFile(
      process.execPath,
      [CLI_BIN, ...args],
      { cwd: ROOT, env: { ...process.env, DPIA_ASSIST_DEBUG: "" }, maxBuffer: 16 * MiB, timeout: 150_000 },
      (error, stdout, stderr) =>
        resolve({
          status: error ? ((error as { code?: number }).code ?? null) : 0,
          stdout,
          stderr,
          ms: Date.now() - started,
        }),
    );
  });
}

const base = () =>
  buildDocx(heading("Step 1: Identify the need for a DPIA", 1), p("We will process [insert data types]."));

async function docmWithMacros(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await base());
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace("wordprocessingml.document.main+xml", "PLACEHOLDER")
      .replace(
        "application/vnd.openxmlformats-officedocument.PLACEHOLDER",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
      )
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  // An OLE container with a macro module whose AutoOpen would write a file if anything ever ran it.
  const module = new TextEncoder().encode(
    `Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\n  Open "${join(dir, "macro-ran.txt")}" For Output As #1\r\nEnd Sub\r\n`,
  );
  zip.file("word/vbaProject.bin", compoundFile([{ name: "VBA", data: module }]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function withDocumentXml(xml: string): Promise<Uint8Array> {
  return withParts(await base(), { "word/document.xml": xml });
}

const DOCTYPE_XXE = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://${secretFile}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`;

async function validParts(): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(await base());
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return Promise.all(names.map(async (name) => ({ name, data: await zip.file(name)!.async("uint8array") })));
}

interface BadInput {
  name: string;
  ext?: string;
  code: DocxFormatError["code"];
  build(): Promise<Uint8Array>;
}

const BAD: BadInput[] = [
  {
    name: "not a zip (plain text)",
    code: "not-a-zip",
    build: async () => new TextEncoder().encode("Dear colleague, here is the DPIA.\n"),
  },
  { name: "empty file (0 bytes)", code: "not-a-zip", build: async () => new Uint8Array(0) },
  {
    name: "a PDF renamed .docx",
    code: "not-a-zip",
    build: async () => new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n"),
  },
  {
    name: "truncated .docx (first half)",
    code: "not-a-zip",
    build: async () => {
      const bytes = await base();
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
  },
  {
    name: "corrupt zip directory",
    code: "corrupt",
    build: async () => {
      const bytes = (await base()).slice();
      const view = new DataView(bytes.buffer);
      for (let i = bytes.length - 22; i >= 0; i--)
        if (view.getUint32(i, true) === 0x06054b50) {
          // Point the directory at the middle of the file.
          view.setUint32(i + 16, Math.floor(bytes.length / 3), true);
          break;
        }
      return bytes;
    },
  },
  {
    name: "corrupt compressed data in word/document.xml",
    code: "corrupt",
    build: async () => {
      const parts = await validParts();
      return rawZip(
        parts.map((part) =>
          part.name === "word/document.xml"
            ? {
                name: part.name,
                data: new Uint8Array(part.data.length).fill(0xff),
                preDeflated: true,
                declaredSize: part.data.length,
              }
            : part,
        ),
      );
    },
  },
  { name: "legacy Word 97-2003 .doc", ext: "doc", code: "legacy-doc", build: async () => legacyDoc() },
  {
    name: "password-protected .docx (EncryptionInfo + EncryptedPackage)",
    code: "encrypted",
    build: async () => encryptedDocx(),
  },
  {
    name: "zip without word/document.xml",
    code: "missing-document-part",
    build: async () => rawZip([{ name: "hello.txt", data: new TextEncoder().encode("hi") }]),
  },
  { name: "DOCTYPE with an external entity (XXE)", code: "doctype", build: () => withDocumentXml(DOCTYPE_XXE) },
  {
    name: "billion laughs in a custom XML part",
    code: "doctype",
    build: async () =>
      withParts(await base(), {
        "customXml/item1.xml": `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><lolz>&lol2;</lolz>`,
      }),
  },
  {
    name: "malformed XML in word/document.xml",
    code: "corrupt",
    build: () => withDocumentXml("<w:document><w:body><w:p></w:body>"),
  },
  {
    name: "zip bomb: a part declaring 4 GB",
    code: "too-large",
    build: async () =>
      rawZip([...(await validParts()), { name: "word/bomb.xml", data: new Uint8Array(10), declaredSize: 0xfffffff0 }]),
  },
  {
    name: "zip bomb: three parts declaring 600 MB of XML in total",
    code: "too-large",
    build: async () =>
      rawZip([
        ...(await validParts()),
        ...[1, 2, 3].map((i) => ({
          name: `customXml/item${i}.xml`,
          data: new Uint8Array(10),
          declaredSize: 200 * MiB,
        })),
      ]),
  },
  {
    name: "zip bomb: 300 KB that inflates to 257 MB while declaring 100 bytes",
    code: "too-large",
    build: async () =>
      rawZip([
        ...(await validParts()),
        { name: "word/bomb.xml", data: deflatedSpaces(257 * MiB), preDeflated: true, declaredSize: 100 },
      ]),
  },
  {
    name: "part name ../evil.xml (path traversal)",
    code: "path-traversal",
    build: async () =>
      rawZip([...(await validParts()), { name: "../evil.xml", data: new TextEncoder().encode("<a/>") }]),
  },
  {
    name: "part name word/../../evil.bin (path traversal, not XML)",
    code: "path-traversal",
    build: async () => rawZip([...(await validParts()), { name: "word/../../evil.bin", data: new Uint8Array(4) }]),
  },
  {
    name: "absolute part names (/etc/evil.xml, C:\\evil.xml)",
    code: "path-traversal",
    build: async () =>
      rawZip([
        ...(await validParts()),
        { name: "/etc/evil.xml", data: new TextEncoder().encode("<a/>") },
        { name: "C:\\evil.xml", data: new TextEncoder().encode("<a/>") },
      ]),
  },
  { name: "100 MB of random bytes", code: "not-a-zip", build: async () => new Uint8Array(randomBytes(100 * MiB)) },
];

const observed: string[] = [];
let inputsTried = 0;

afterAll(() => {
  console.log(`bad input: ${inputsTried} inputs tried\n  ${observed.join("\n  ")}`);
  rmSync(dir, { recursive: true, force: true });
});

describe.each(BAD.map((b) => [b.name, b] as const))("%s", (name, input) => {
  let path = "";
  let message = "";
  beforeAll(async () => {
    const bytes = await input.build();
    path = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 50)}.${input.ext ?? "docx"}`);
    writeFileSync(path, bytes);
    inputsTried++;
  }, 60_000);

  it(`openDocx throws DocxFormatError "${input.code}" with a one-line message`, async () => {
    const started = Date.now();
    const error = await openDocx(new Uint8Array(readFileSync(path))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocxFormatError);
    const formatError = error as DocxFormatError;
    expect(formatError.code).toBe(input.code);
    expect(formatError.message).not.toMatch(/\n/);
    expect(formatError.message.length).toBeLessThan(200);
    expect(formatError.message).not.toContain(SECRET);
    message = formatError.message;
    observed.push(`${name}: ${formatError.code} — "${formatError.message}" (${Date.now() - started} ms)`);
  });

  it("CLI check: exit 2, that one line on stderr, no stack trace; annotate: exit 2, no output file", async () => {
    const out = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}-out.docx`);
    const [check, annotate] = await Promise.all([cli(["check", path]), cli(["annotate", path, out])]);
    for (const result of [check, annotate]) {
      expect(result.status).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toEqual([`dpia-assist: ${path}: ${message}`]);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).not.toContain(SECRET);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    observed.push(
      `${name}: CLI check exit ${check.status} (${check.ms} ms), annotate exit ${annotate.status}, no output file`,
    );
  }, 160_000);
});

describe(".docm with macros: read, annotated, macros never run and kept byte for byte", () => {
  it("opens, analyses, annotates; vbaProject.bin and the macro content type are untouched", async () => {
    const bytes = await docmWithMacros();
    const path = join(dir, "macros.docm");
    const out = join(dir, "macros-annotated.docm");
    writeFileSync(path, bytes);
    inputsTried++;
    const s = await session(bytes);
    const report = await s.service.scan();
    expect(report.findings.length).toBeGreaterThan(0);
    const result = await cli(["annotate", path, out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const written = new Uint8Array(readFileSync(out));
    const hash = (b?: Uint8Array) =>
      createHash("sha256")
        .update(b ?? new Uint8Array())
        .digest("hex");
    expect(hash(await partBytes(written, "word/vbaProject.bin"))).toBe(
      hash(await partBytes(bytes, "word/vbaProject.bin")),
    );
    const types = new TextDecoder().decode(await partBytes(written, "[Content_Types].xml"));
    expect(types).toContain("application/vnd.ms-word.document.macroEnabled.main+xml");
    expect(existsSync(join(dir, "macro-ran.txt"))).toBe(false);
    observed.push(
      `.docm with macros: ${report.findings.length} findings; annotate exit 0; vbaProject.bin byte-identical`,
    );
  }, 60_000);
});

describe("a 100 MB .docx that is valid (a large picture)", () => {
  it("is checked and annotated; the picture is kept", async () => {
    const zip = await JSZip.loadAsync(
      await buildDocx(
        heading("Step 5: Identify and assess risks", 2),
        table(row("Risk", "Likelihood"), row("Loss of data", "Remote, possible or probable")),
      ),
    );
    const picture = new Uint8Array(randomBytes(100 * MiB));
    zip.file("word/media/image1.png", picture, { compression: "STORE" });
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const path = join(dir, "large.docx");
    const out = join(dir, "large-annotated.docx");
    writeFileSync(path, bytes);
    inputsTried++;
    const check = await cli(["check", path, "--json"]);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).findings.length).toBeGreaterThan(0);
    const annotate = await cli(["annotate", path, out]);
    expect(annotate.stderr).toBe("");
    expect(annotate.status).toBe(0);
    const kept = await partBytes(new Uint8Array(readFileSync(out)), "word/media/image1.png");
    expect(kept?.length).toBe(picture.length);
    expect(Buffer.compare(Buffer.from(kept!), Buffer.from(picture))).toBe(0);
    observed.push(`valid 100 MB .docx: check ${check.ms} ms, annotate ${annotate.ms} ms, picture kept`);
    rmSync(out, { force: true });
  }, 170_000);
});

describe("relationship targets that climb out of the package", () => {
  it("are never followed: the document opens and reads normally", async () => {
    const bytes = await withParts(await base(), {
      "word/_rels/document.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../../../${secretFile}"/>` +
        `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="file://${secretFile}" TargetMode="External"/>` +
        "</Relationships>",
    });
    inputsTried++;
    const s = await session(bytes);
    const report = await s.service.scan();
    const marks = await s.service.markGaps(report.findings);
    expect(marks.every((m) => m.status === "applied")).toBe(true);
    const saved = await s.document.save();
    const zip = await JSZip.loadAsync(saved);
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      expect(name).not.toMatch(/\.\./);
      expect(await zip.file(name)!.async("string")).not.toContain(SECRET);
    }
    observed.push(
      `relationship targets outside the package: opened, ${marks.length} marks applied, nothing read from disk`,
    );
  });
});
