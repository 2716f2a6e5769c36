/**
 * The offline manifest check: passes on the repository's manifest.xml and fails, naming the fault, on copies
 * with one thing broken. Each mutation is asserted to have changed the text, so a case cannot pass vacuously.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateManifestFile } from "../../scripts/manifest/validate-file";
import { pngSize } from "../../scripts/manifest/validate";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const original = readFileSync(MANIFEST, "utf8");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dpia-manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mutate(change: (xml: string) => string): string {
  const xml = change(original);
  expect(xml).not.toBe(original);
  return xml;
}

function problemsOf(xml: string): string[] {
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  return validateManifestFile(file).problems.map((p) => `[${p.rule}] ${p.message}`);
}

const remove = (pattern: RegExp) => (xml: string) => xml.replace(pattern, "");

describe("manifest.xml", () => {
  it("is valid", () => {
    const result = validateManifestFile(MANIFEST);
    expect(result.problems).toEqual([]);
    expect(result.mode).toBe("source");
    expect(result.summary?.baseUrl).toBe("https://localhost:3000/");
  });

  it("declares Word, ReadWriteDocument, WordApi 1.3, a Home-tab button and all five icon sizes", () => {
    expect(original).toMatch(/<Host Name="Document"\/>/);
    expect(original).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(original).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
    expect(original).toMatch(/<OfficeTab id="TabHome">/);
    expect(original).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size });
      expect(original).toContain(`assets/icon-${size}.png`);
    }
  });
});

describe("validation fails with a clear message", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</Hosts>", "</Host>"), /\[well-formed\] not well-formed XML/],
    [
      "<Permissions> removed",
      remove(/\s*<Permissions>[^<]*<\/Permissions>/),
      /required element <Permissions> is missing/,
    ],
    ["<Id> removed", remove(/\s*<Id>[^<]*<\/Id>/), /required element <Id> is missing/],
    [
      "<DefaultSettings> removed",
      remove(/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/),
      /required element <DefaultSettings> is missing/,
    ],
    [
      "<Hosts> moved after <Permissions>",
      (x) => {
        const hosts = /\s*<Hosts>\s*<Host Name="Document"\/>\s*<\/Hosts>/.exec(x)![0];
        return x.replace(hosts, "").replace("</Permissions>", `</Permissions>${hosts}`);
      },
      /<Hosts> is out of order; expected order: Id, AlternateId, Version/,
    ],
    [
      "an unknown element",
      (x) => x.replace("<Permissions>", "<Colour>blue</Colour>\n  <Permissions>"),
      /<Colour> is not a valid child here/,
    ],
    ["Id not a GUID", (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>dpia-assist</Id>"), /\[id\] <Id> must be a GUID/],
    [
      "Version with three parts",
      (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0</Version>"),
      /\[version\] <Version> must be four numbers/,
    ],
    ["unknown permission", (x) => x.replace("ReadWriteDocument", "Everything"), /\[permissions\]/],
    [
      "an http URL",
      (x) => x.replace('IconUrl DefaultValue="https://', 'IconUrl DefaultValue="http://'),
      /<IconUrl> "http:\/\/localhost:3000\/assets\/icon-64.png" must use https/,
    ],
    [
      "an icon that does not exist",
      (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      /"assets\/icon-81.png" is not in the build/,
    ],
    [
      "an icon of the wrong size",
      (x) =>
        x.replace(
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      /icon "Icon.16" \(size 16\) .*icon-32.png is 32x32 px, declared 16/,
    ],
    [
      "a task pane page the build does not make",
      (x) => x.replace(/taskpane\.html/g, "pane.html"),
      /"pane.html" is not in the build/,
    ],
    [
      "DisplayName over 125 characters",
      (x) => x.replace('DisplayName DefaultValue="DPIA Assist"', `DisplayName DefaultValue="${"D".repeat(126)}"`),
      /<DisplayName> DefaultValue is 126 characters; Office allows at most 125/,
    ],
    [
      "Description over 250 characters",
      (x) => x.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"d".repeat(251)}"`),
      /<Description> DefaultValue is 251 characters; Office allows at most 250/,
    ],
    [
      "a ShortString over 125 characters",
      (x) => x.replace('DefaultValue="Check DPIA"', `DefaultValue="${"c".repeat(126)}"`),
      /ShortStrings "Button.Label" is 126 characters/,
    ],
    [
      "a LongString over 250 characters",
      (x) => x.replace(/(id="Button.Tooltip" DefaultValue=")[^"]*"/, `$1${"t".repeat(251)}"`),
      /LongStrings "Button.Tooltip" is 251 characters/,
    ],
    [
      "a resid with no resource",
      (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      /<Label resid="Group.Missing"> names no entry in <bt:ShortStrings>/,
    ],
    [
      "the WordApi requirement removed",
      remove(/\s*<Set Name="WordApi" MinVersion="1.3"\/>/),
      /\[requirements\] <Requirements><Sets> must declare <Set Name="WordApi"/,
    ],
    [
      "the Word host removed",
      (x) => x.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'),
      /\[host\] <Hosts> must contain <Host Name="Document"\/>/,
    ],
    ["<IconUrl> removed", remove(/\s*<IconUrl [^>]*\/>/), /\[icons\] <IconUrl> is missing/],
  ];

  it.each(cases)("%s", (_name, change, message) => {
    const problems = problemsOf(mutate(change));
    expect(problems.join("\n")).toMatch(message);
  });

  it("accepts strings exactly at Office's limits", () => {
    const xml = mutate((x) =>
      x
        .replace('DisplayName DefaultValue="DPIA Assist"', `DisplayName DefaultValue="${"D".repeat(125)}"`)
        .replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"d".repeat(250)}"`),
    );
    expect(problemsOf(xml)).toEqual([]);
  });

  it("npm run validate's script exits 1 and names the fault; 0 on the real manifest", () => {
    const file = join(dir, "broken.xml");
    writeFileSync(file, mutate(remove(/\s*<Permissions>[^<]*<\/Permissions>/)));
    const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const script = join(ROOT, "scripts", "validate-manifest.ts");
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [tsx, script, file], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/required element <Permissions> is missing/);
    const ok = execFileSync(process.execPath, [tsx, script, MANIFEST], { encoding: "utf8", stdio: "pipe" });
    expect(ok).toMatch(/manifest\.xml is valid/);
  });
});
