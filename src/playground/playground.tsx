import { MessageBar, MessageBarType } from "@fluentui/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { App } from "../taskpane/app";
import { registerPaneIcons } from "../taskpane/icons";
import type { DocComment } from "./comments";
import { CommentsList } from "./comments-list";
import { DocumentView } from "./document-view";
import { downloadBytes, editedName } from "./download";
import { fetchSample, loadSampleIndex, type Sample } from "./samples";
import { OpenFailure, openDocument, type OpenDocument } from "./session";
import { classes } from "./styles";
import { Toolbar } from "./toolbar";
import { TypingController } from "./typing";

interface Notice {
  type: MessageBarType;
  text: string;
}

/**
 * The page: toolbar, rendered document, comments and the real task pane, all over headless-word in the
 * browser. Nothing is sent anywhere; samples are fetched from the page's own origin.
 */
export function Playground(): JSX.Element {
  // The pane's inline SVG icons also serve the page's own MessageBar (no icon font from a CDN).
  registerPaneIcons();
  const [samples, setSamples] = useState<Sample[]>([]);
  const [selectedSample, setSelectedSample] = useState("");
  const [current, setCurrent] = useState<OpenDocument | null>(null);
  const [comments, setComments] = useState<DocComment[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const view = useRef<DocumentView | null>(null);
  const typing = useRef<TypingController | null>(null);
  const currentRef = useRef<OpenDocument | null>(null);
  const renderChain = useRef<Promise<void>>(Promise.resolve());

  // Renders run one after another, so a burst of edits can never leave an older document on screen.
  const scheduleRender = useCallback((source: () => Promise<Uint8Array>) => {
    renderChain.current = renderChain.current.then(async () => {
      if (!view.current) return;
      try {
        // A render replaces the element being typed into: write what was typed first.
        await typing.current?.finish(false);
        const outcome = await view.current.render(await source());
        setComments(outcome.comments);
      } catch (error) {
        setNotice({ type: MessageBarType.warning, text: `The view could not show the document: ${message(error)}` });
      }
    });
  }, []);

  useEffect(() => {
    if (!body.current || !styles.current || !scroller.current) return;
    view.current = new DocumentView(body.current, styles.current);
    const doc = () => currentRef.current;
    typing.current = new TypingController(scroller.current, body.current, {
      access: () => doc()?.typing ?? null,
      finished: () => {
        const current = doc();
        if (current) scheduleRender(() => current.save());
      },
      notice: (text) => setNotice({ type: MessageBarType.info, text }),
    });
    return () => typing.current?.dispose();
  }, [scheduleRender]);

  const open = useCallback(
    async (fileName: string, read: () => Promise<Uint8Array>, sampleUrl: string) => {
      setBusy(true);
      try {
        const bytes = await read();
        const opened = await openDocument(bytes, fileName, {
          // Hooks of a document that has since been replaced do nothing.
          changed: (doc) => {
            if (currentRef.current === doc) scheduleRender(() => doc.save());
          },
          reveal: (doc, ref) => {
            if (currentRef.current === doc) view.current?.reveal(ref);
          },
        });
        await typing.current?.finish(false);
        currentRef.current = opened;
        setCurrent(opened);
        setSelectedSample(sampleUrl);
        setNotice(null);
        view.current?.clear();
        scheduleRender(async () => bytes);
      } catch (error) {
        // The previous document stays open and untouched: nothing above replaced it before the failure.
        setNotice({
          type: MessageBarType.error,
          text:
            error instanceof OpenFailure
              ? error.message
              : `Unexpected problem opening “${fileName}”: ${message(error)}`,
        });
      } finally {
        setBusy(false);
      }
    },
    [scheduleRender],
  );

  const onOpenFile = (file: File): void => {
    void open(file.name, async () => new Uint8Array(await file.arrayBuffer()), "");
  };
  const onPickSample = (sample: Sample): void => {
    void open(sample.fileName, () => fetchSample(sample), sample.url);
  };
  const onDownload = async (): Promise<void> => {
    const doc = currentRef.current;
    if (!doc) return;
    try {
      downloadBytes(await doc.save(), editedName(doc.fileName));
    } catch (error) {
      setNotice({ type: MessageBarType.error, text: `The document could not be saved: ${message(error)}` });
    }
  };

  useEffect(() => {
    loadSampleIndex()
      .then((list) => {
        setSamples(list);
        // ?sample=<file name> opens a sample directly (handy for links and for the tests).
        const wanted = new URLSearchParams(window.location.search).get("sample");
        const sample = list.find((s) => s.fileName === wanted);
        if (sample) void open(sample.fileName, () => fetchSample(sample), sample.url);
      })
      .catch((error: unknown) => setNotice({ type: MessageBarType.warning, text: message(error) }));
  }, [open]);

  return (
    <div className={classes.root}>
      <Toolbar
        samples={samples}
        selectedSample={selectedSample}
        fileName={current?.fileName ?? null}
        busy={busy}
        onOpenFile={onOpenFile}
        onPickSample={onPickSample}
        onDownload={() => void onDownload()}
      />
      {notice ? (
        <section className={classes.message} aria-label="Message" data-testid="notice">
          <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(null)} dismissButtonAriaLabel="Close">
            {notice.text}
          </MessageBar>
        </section>
      ) : null}
      {/* The task pane brings its own <main> landmark, as in Word; the page around it uses regions. */}
      <div className={classes.main}>
        <section className={classes.viewColumn} aria-label="Document view">
          <div
            ref={scroller}
            className={classes.scroller}
            data-testid="view"
            tabIndex={0}
            aria-label="Rendered document"
          >
            {current ? null : (
              <div className={classes.empty}>
                <h2>Open a document to start</h2>
                <p>
                  Pick a sample document in the toolbar, or open a .docx from your computer. The file stays in this
                  browser tab: nothing is uploaded.
                </p>
              </div>
            )}
            <div ref={styles} />
            <div ref={body} data-testid="document" />
          </div>
          {current ? <CommentsList comments={comments} /> : null}
        </section>
        <div className={classes.pane} data-testid="task-pane">
          {current ? (
            // Keyed by document: a newly opened document gets a fresh pane (scan, filters, selection).
            <App key={current.id} service={current.service} />
          ) : (
            <section aria-label="Task pane">
              <p className={classes.paneEmpty}>The DPIA Assist task pane appears here once a document is open.</p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

function message(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").trim() || "unknown error";
}
