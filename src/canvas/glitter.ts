/** A small tile of sparkles over the enamel colour, for glitter enamel (cached per colour). */
const cache = new Map<string, HTMLCanvasElement>();
export const GLITTER_TILE_PX = 48;
/** The tile covers this many millimetres on the pin, so flakes are ~0.05 mm like real glitter. */
export const GLITTER_TILE_MM = 2;

export function glitterPattern(hex: string): HTMLCanvasElement | undefined {
  if (typeof document === 'undefined') return undefined;
  let c = cache.get(hex);
  if (c) return c;
  c = document.createElement('canvas');
  c.width = c.height = GLITTER_TILE_PX;
  const g = c.getContext('2d');
  if (!g) return undefined;
  g.fillStyle = hex;
  g.fillRect(0, 0, GLITTER_TILE_PX, GLITTER_TILE_PX);
  // A fixed pseudo-random scatter, so the look is stable from frame to frame.
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 90; i++) {
    const bright = rnd();
    g.fillStyle = bright > 0.7 ? 'rgba(255,255,255,0.95)' : bright > 0.35 ? 'rgba(255,255,255,0.45)' : 'rgba(0,0,0,0.25)';
    g.fillRect(Math.floor(rnd() * GLITTER_TILE_PX), Math.floor(rnd() * GLITTER_TILE_PX), 1, 1);
  }
  cache.set(hex, c);
  return c;
}
