import JSZip from "jszip";

export interface DocComment {
  id: string;
  author: string;
  text: string;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * Reads word/comments.xml so the page can list comments beside the view: docx-preview only shows them on
 * hover. The XML is parsed as data (DOMParser, no DTD processing) and shown with textContent, never as HTML.
 */
export async function readComments(bytes: Uint8Array): Promise<DocComment[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/comments.xml");
  if (!part) return [];
  const xml = new DOMParser().parseFromString(await part.async("string"), "application/xml");
  if (xml.getElementsByTagName("parsererror").length > 0) return [];
  return Array.from(xml.getElementsByTagNameNS(W, "comment")).map((comment) => ({
    id: comment.getAttributeNS(W, "id") ?? "",
    author: comment.getAttributeNS(W, "author") ?? "",
    text: Array.from(comment.getElementsByTagNameNS(W, "p"))
      .map((p) =>
        Array.from(p.getElementsByTagNameNS(W, "t"))
          .map((t) => t.textContent ?? "")
          .join(""),
      )
      .join("\n"),
  }));
}
