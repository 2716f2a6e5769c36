/** Inflation with a hard cap: a part's declared size can lie, so the actual output is counted as it comes. */
import type JSZip from "jszip";
import { DocxFormatError } from "../errors";

/** Inflates one entry, stopping as soon as it exceeds `cap` (a declared size can lie). */
export function inflateCapped(file: JSZip.JSZipObject, cap: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let stopped = false;
    // internalStream exists at run time but is missing from jszip's typings.
    const stream = (file as unknown as { internalStream(type: "uint8array"): InflateStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        total += chunk.length;
        if (total > cap) {
          stopped = true;
          stream.pause();
          reject(
            new DocxFormatError("too-large", `Part ${name} inflates to more than ${cap} bytes: refused (zip bomb?).`),
          );
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (!stopped) reject(new DocxFormatError("corrupt", `Part ${name} cannot be inflated (${error.message}).`));
        stopped = true;
      })
      .on("end", () => {
        if (stopped) return;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

interface InflateStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", cb: (error: Error) => void): InflateStream;
  on(event: "end", cb: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}
