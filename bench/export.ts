import { nodeBundleAssets } from '../src/cli/assets.ts';
import { buildBundle } from '../src/core/export/bundle.ts';
import { mosaicPin } from './mosaic.ts';
import { runChecks } from '../src/core/checks/index.ts';

/** Time to build the whole factory bundle (checks, proof, mockup, layers, zip) for big pins. */
export async function benchExport(sizes: number[], reps: number): Promise<void> {
  const assets = await nodeBundleAssets();
  console.log('factory bundle export (Node: proof.pdf + proof.png + layers + zip; the editor and the CLI hand over the check report they already have):');
  for (const n of sizes) {
    const doc = mosaicPin(n);
    const checked = runChecks(doc);
    if (!checked.ok) throw new Error(checked.reason);

    const steps: Record<string, number> = {};
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < reps; i++) {
      let last = performance.now();
      let lastStep = '';
      const t0 = last;
      // Cold each time (item areas are cached per item object; the editor checks in a Worker).
      const r = await buildBundle(structuredClone(doc), assets, {
        date: '2026-11-26',
        exportReason: 'bench',
        onProgress: (step) => {
          const now = performance.now();
          if (lastStep) steps[lastStep] = (steps[lastStep] ?? 0) + (now - last) / reps;
          last = now;
          lastStep = step;
        },
      });
      if (!r.ok) throw new Error(r.reason);
      times.push(performance.now() - t0);
      size = r.value.zip.length;
    }
    times.sort((a, b) => a - b);
    // Measured after the runs above have warmed the JIT, fonts and WebAssembly.
    const given: number[] = [];
    for (let i = 0; i < reps; i++) {
      const fresh = structuredClone(doc);
      const t = performance.now();
      const r = await buildBundle(fresh, assets, { date: '2026-11-26', exportReason: 'bench', report: checked.report });
      if (!r.ok) throw new Error(r.reason);
      given.push(performance.now() - t);
    }
    given.sort((a, b) => a - b);
    const withReport = given[Math.floor(given.length / 2)]!;
    const split = Object.entries(steps).map(([k, v]) => `${k.toLowerCase()} ${v.toFixed(0)}`).join(', ');
    console.log(`  ${doc.order.length} items: median ${withReport.toFixed(0)} ms given the report; with a fresh full check median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (${split} ms), zip ${(size / 1024).toFixed(0)} KB`);
  }
}
