/** Offers bytes as a file download without any server round trip (an object URL, revoked afterwards). */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Copy into a plain ArrayBuffer: a view over a SharedArrayBuffer is not a valid BlobPart.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: Chromium starts the download asynchronously from the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "report.docx" → "report-edited.docx" (and keeps .docm as .docm). */
export function editedName(fileName: string): string {
  const match = /^(.*?)(\.doc[xm])?$/i.exec(fileName);
  const base = match?.[1] || "document";
  return `${base}-edited${match?.[2] ?? ".docx"}`;
}
