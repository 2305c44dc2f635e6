import { useEffect, useRef, useState } from 'react';

type Viewer = { pdfjs: typeof import('pdfjs-dist'); worker: import('pdfjs-dist').PDFWorker };
let viewer: Promise<Viewer> | null = null;

/** pdf.js and its worker (1.7 MB), loaded once; the export dialog starts this as it opens. */
export function prepareProofViewer(): Promise<Viewer> {
  viewer ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(async ([pdfjs, src]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = src.default;
    const worker = new pdfjs.PDFWorker();
    await worker.promise;
    return { pdfjs, worker };
  }).catch((e: unknown) => {
    viewer = null;
    throw e;
  });
  return viewer;
}

/** Page 1 of the proof drawn with pdf.js, so the preview is the same in every browser. */
export function ProofPreview({ pdf }: { pdf: Uint8Array }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const { pdfjs, worker } = await prepareProofViewer();
        const doc = await pdfjs.getDocument({ data: pdf.slice(), worker }).promise;
        const page = await doc.getPage(1);
        const el = canvas.current;
        if (cancelled || !el) return;
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (2 * 300) / base.width });
        el.width = viewport.width;
        el.height = viewport.height;
        await page.render({ canvas: el, viewport }).promise;
        // Tests and the benchmark wait for this: the proof is on screen, not only built.
        el.dataset.drawn = 'true';
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => { cancelled = true; };
  }, [pdf]);
  return error ? <p className="muted small">The preview could not be drawn ({error}); open proof.pdf instead.</p>
    : <canvas ref={canvas} className="proof-frame" aria-label="Proof preview, page 1" />;
}
