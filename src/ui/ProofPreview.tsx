import { useEffect, useRef, useState } from 'react';

/** Page 1 of the proof drawn with pdf.js, so the preview is the same in every browser. */
export function ProofPreview({ pdf }: { pdf: Uint8Array }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        const doc = await pdfjs.getDocument({ data: pdf.slice() }).promise;
        const page = await doc.getPage(1);
        const el = canvas.current;
        if (cancelled || !el) return;
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (2 * 300) / base.width });
        el.width = viewport.width;
        el.height = viewport.height;
        await page.render({ canvas: el, viewport }).promise;
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => { cancelled = true; };
  }, [pdf]);
  return error ? <p className="muted small">The preview could not be drawn ({error}); open proof.pdf instead.</p>
    : <canvas ref={canvas} className="proof-frame" aria-label="Proof preview, page 1" />;
}
