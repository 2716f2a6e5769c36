/**
 * Document text reaches the page only as text: the code that shows it (playground and task pane) uses no HTML
 * sinks and no eval. The browser tests show hostile text staying text; this keeps the sinks from coming back.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../support/browser";

const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|srcdoc/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

test("the playground and the task pane have no HTML sinks and no eval", () => {
  const files = [...sources(join(ROOT, "src", "playground")), ...sources(join(ROOT, "src", "taskpane"))];
  expect(files.length).toBeGreaterThan(5);
  const hits = files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
      .filter(({ line }) => SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(hits).toEqual([]);
});
