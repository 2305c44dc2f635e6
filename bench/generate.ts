// Generated pins for benchmarks: a round badge with a grid of enamel cells behind metal walls,
// curved accents and a share of off-palette colours, at a chosen item count.

const PMS_HEX = ['#C8102E', '#0032A0', '#FFC72C', '#509E2F', '#9BCBEB', '#2D2926', '#FFFFFF', '#55AA33'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatePinSvg(seed: number, cells: number): string {
  const r = rng(seed);
  const n = Math.max(1, Math.ceil(Math.sqrt(cells)));
  const size = 25 + r() * 15;
  const step = (size - 4) / n;
  const fills: string[] = [];
  const metal: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n && fills.length < cells; j++) {
      const x = 2 + i * step;
      const y = 2 + j * step;
      const c = PMS_HEX[Math.floor(r() * PMS_HEX.length)];
      fills.push(r() < 0.2
        ? `<circle cx="${(x + step / 2).toFixed(3)}" cy="${(y + step / 2).toFixed(3)}" r="${(step / 2).toFixed(3)}" fill="${c}"/>`
        : `<rect x="${x.toFixed(3)}" y="${y.toFixed(3)}" width="${step.toFixed(3)}" height="${step.toFixed(3)}" fill="${c}"/>`);
    }
  }
  for (let i = 0; i <= n; i++) {
    const p = (2 + i * step).toFixed(3);
    const w = (0.15 + r() * 0.35).toFixed(2);
    metal.push(`<line x1="${p}" y1="2" x2="${p}" y2="${(size - 2).toFixed(3)}" stroke="#000" stroke-width="${w}"/>`);
    metal.push(`<line x1="2" y1="${p}" x2="${(size - 2).toFixed(3)}" y2="${p}" stroke="#000" stroke-width="${w}"/>`);
  }
  metal.push(`<path d="M2 ${size / 2} C ${size / 3} 0, ${(2 * size) / 3} ${size}, ${size - 2} ${size / 2}" fill="none" stroke="#000" stroke-width="0.4"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${size}mm" height="${size}mm" viewBox="0 0 ${size} ${size}">
<g id="outline"><rect width="${size}" height="${size}" rx="3"/></g>
<g id="enamel">${fills.join('')}</g>
<g id="metal"><rect x="1" y="1" width="${size - 2}" height="${size - 2}" rx="2" fill="none" stroke="#000" stroke-width="1"/>${metal.join('')}</g>
</svg>`;
}
