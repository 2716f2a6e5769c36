/**
 * Every Office.js member src/word touches, found by the TypeScript checker (not by grep): each property access,
 * method call and enum value whose declaration is in @types/office-js, with the requirement sets its JSDoc names
 * ("[Api set: WordApi 1.3]"). Accesses on Office.js types that resolve to nothing declared there are returned as
 * `unknown` — a member Word does not have. Used by test/word/office-members.test.ts and to print the table in
 * docs/word-compatibility.md (`npx tsx test/support/office-members.ts`).
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

export const ROOT = resolve(__dirname, "..", "..");
const OFFICE_TYPES = /[\\/]@types[\\/]office-js[\\/]/;
const NAMESPACES = /^(Word|Office|OfficeExtension)\./;

export interface MemberUse {
  /** Fully qualified, e.g. "Word.Paragraph.insertText". */
  member: string;
  /** Requirement sets the declaration names, e.g. ["WordApi 1.1"]; [] when it names none. */
  apiSets: string[];
  /** Files of src/word (relative to the repository) that use it. */
  files: string[];
}

export interface MemberReport {
  used: MemberUse[];
  /** "file:line name" of accesses on an Office.js type that @types/office-js does not declare. */
  unknown: string[];
}

function apiSetsOf(declaration: ts.Declaration): string[] {
  const text = declaration.getFullText();
  return [...new Set([...text.matchAll(/\[Api set: ([^\]]+)\]/g)].map((m) => m[1]!.trim()))];
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return OFFICE_TYPES.test(declaration.getSourceFile().fileName);
}

export function officeMembersUsed(folder = join(ROOT, "src", "word")): MemberReport {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(folder, f));
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["office-js"],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const used = new Map<string, MemberUse>();
  const unknown: string[] = [];

  const isOfficeType = (type: ts.Type): boolean => {
    const types = type.isUnionOrIntersection() ? type.types : [type];
    return types.some((t) => (t.getSymbol()?.declarations ?? []).some(isOfficeDeclaration));
  };

  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const where = relative(ROOT, file);
    const visit = (node: ts.Node): void => {
      // load("a,b/c") names properties in a string the checker does not see: walk each path on the type.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load" &&
        node.arguments.length === 1 &&
        ts.isStringLiteralLike(node.arguments[0]!)
      ) {
        const receiver = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
        if (isOfficeType(receiver)) {
          for (const path of node.arguments[0].text
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)) {
            let type: ts.Type | undefined = receiver;
            for (const segment of path.split("/")) {
              let property: ts.Symbol | undefined = type && checker.getPropertyOfType(type, segment);
              // On a collection, load("text") means load("items/text") (Office's load semantics).
              const items = type && !property ? checker.getPropertyOfType(type, "items") : undefined;
              if (items) {
                type = checker.getIndexTypeOfType(checker.getTypeOfSymbolAtLocation(items, node), ts.IndexKind.Number);
                property = type && checker.getPropertyOfType(type, segment);
              }
              const declaration = property?.declarations?.find(isOfficeDeclaration);
              if (!property || !declaration) {
                const { line } = source.getLineAndCharacterOfPosition(node.getStart());
                unknown.push(`${where}:${line + 1} load("${path}")`);
                break;
              }
              const owner = `${checker.getFullyQualifiedName((declaration.parent as ts.NamedDeclaration).name ? checker.getSymbolAtLocation((declaration.parent as ts.NamedDeclaration).name!)! : property)}.${segment}`;
              const entry = used.get(owner) ?? { member: owner, apiSets: apiSetsOf(declaration), files: [] };
              if (!entry.files.includes(where)) entry.files.push(where);
              used.set(owner, entry);
              type = checker.getTypeOfSymbolAtLocation(property, node);
              // "items" is an array: later segments name members of its element type.
              if (segment === "items") type = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
            }
          }
        }
      }
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declarations = (symbol?.declarations ?? []).filter(isOfficeDeclaration);
        if (symbol && declarations.length > 0) {
          for (const declaration of declarations) {
            const parent = (declaration.parent as ts.Node & { name?: ts.Identifier }).name?.text;
            const owner = checker.getFullyQualifiedName(symbol);
            // A union member (Word.Body | Word.Paragraph) has one declaration per type: name each.
            const member = NAMESPACES.test(owner)
              ? owner
              : `${checker.getFullyQualifiedName(checker.getSymbolAtLocation((declaration.parent as ts.NamedDeclaration).name!) ?? symbol)}.${node.name.text}`;
            const key = parent && !NAMESPACES.test(owner) ? member : owner;
            const entry = used.get(key) ?? { member: key, apiSets: apiSetsOf(declaration), files: [] };
            if (!entry.files.includes(where)) entry.files.push(where);
            used.set(key, entry);
          }
        } else if (isOfficeType(checker.getTypeAtLocation(node.expression))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          unknown.push(`${where}:${line + 1} ${node.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used: [...used.values()].sort((a, b) => a.member.localeCompare(b.member)), unknown };
}

if (require.main === module) {
  const { used, unknown } = officeMembersUsed();
  for (const u of used)
    console.log(
      `| \`${u.member}\` | ${u.apiSets.join(", ") || "—"} | ${u.files.map((f) => f.replace("src/word/", "")).join(", ")} |`,
    );
  if (unknown.length) console.error(`\nNot declared in @types/office-js:\n${unknown.join("\n")}`);
}
