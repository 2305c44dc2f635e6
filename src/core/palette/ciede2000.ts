// CIEDE2000 (Sharma, Wu, Dalal 2005) on L*a*b* numbers, kL = kC = kH = 1. A tight version of the
// formula culori's differenceCiede2000 implements, so the nearest search over 2,390 entries
// allocates nothing; a test holds the two equal.
const RAD = Math.PI / 180;
const POW25_7 = 25 ** 7;

export function ciede2000(L1: number, a1: number, b1: number, L2: number, a2: number, b2: number): number {
  const C1 = Math.sqrt(a1 * a1 + b1 * b1);
  const C2 = Math.sqrt(a2 * a2 + b2 * b2);
  const Cm = (C1 + C2) / 2;
  const Cm2 = Cm * Cm;
  const Cm7 = Cm2 * Cm2 * Cm2 * Cm;
  const G = 0.5 * (1 - Math.sqrt(Cm7 / (Cm7 + POW25_7)));
  const a1p = a1 * (1 + G);
  const a2p = a2 * (1 + G);
  const C1p = Math.sqrt(a1p * a1p + b1 * b1);
  const C2p = Math.sqrt(a2p * a2p + b2 * b2);
  let h1p = C1p === 0 ? 0 : Math.atan2(b1, a1p) / RAD;
  if (h1p < 0) h1p += 360;
  let h2p = C2p === 0 ? 0 : Math.atan2(b2, a2p) / RAD;
  if (h2p < 0) h2p += 360;
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * RAD);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpm /= 2;
    else hpm = h1p + h2p < 360 ? (hpm + 360) / 2 : (hpm - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos((hpm - 30) * RAD) + 0.24 * Math.cos(2 * hpm * RAD)
    + 0.32 * Math.cos((3 * hpm + 6) * RAD) - 0.2 * Math.cos((4 * hpm - 63) * RAD);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Cpm2 = Cpm * Cpm;
  const Cpm7 = Cpm2 * Cpm2 * Cpm2 * Cpm;
  const Rc = 2 * Math.sqrt(Cpm7 / (Cpm7 + POW25_7));
  const Lm50 = (Lpm - 50) ** 2;
  const Sl = 1 + (0.015 * Lm50) / Math.sqrt(20 + Lm50);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * RAD) * Rc;
  const l = dLp / Sl;
  const c = dCp / Sc;
  const h = dHp / Sh;
  return Math.sqrt(l * l + c * c + h * h + Rt * c * h);
}

/**
 * ΔE00 is at least |ΔL| / SL with SL ≤ 1.75 (the rotation term cannot make the chroma and hue
 * part negative), so a search sorted by L can stop once the lightness gap alone is too large.
 */
export const MAX_SL = 1 + (0.015 * 2500) / Math.sqrt(20 + 2500);
