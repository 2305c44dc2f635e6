/** A picture placed under the art to trace, in document mm. Kept beside the pin, not in it. */
export interface ReferenceImage {
  src: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
  locked: boolean;
  visible: boolean;
}

/** Big enough for a phone photo; bigger images slow the canvas and the autosave for no gain. */
export const MAX_REFERENCE_BYTES = 25 * 1024 * 1024;

/** Read a PNG or JPEG and fit it to the artboard; anything else gets a specific reason. */
export async function readReferenceImage(file: File, artboard: { width: number; height: number }): Promise<{ ok: true; ref: ReferenceImage } | { ok: false; reason: string }> {
  if (!/^image\/(png|jpeg)$/.test(file.type) && !/\.(png|jpe?g)$/i.test(file.name)) {
    return { ok: false, reason: `${file.name} is not a PNG or JPEG picture; a reference image must be one of those.` };
  }
  if (file.size > MAX_REFERENCE_BYTES) {
    return { ok: false, reason: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; reference images can be up to ${MAX_REFERENCE_BYTES / 1048576} MB.` };
  }
  const src = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
  const size = await new Promise<{ w: number; h: number } | null>((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight });
    img.onerror = () => resolve(null);
    img.src = src;
  });
  if (!size || !size.w || !size.h) return { ok: false, reason: `${file.name} could not be decoded as a picture; it may be damaged.` };
  const aspect = size.h / size.w;
  const width = Math.min(artboard.width, artboard.height / aspect);
  return { ok: true, ref: { src, name: file.name, x: (artboard.width - width) / 2, y: (artboard.height - width * aspect) / 2, width, height: width * aspect, opacity: 0.5, locked: true, visible: true } };
}

/** What comes back from storage is checked before it reaches the canvas. */
export function isReferenceImage(v: unknown): v is ReferenceImage {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return typeof r.src === 'string' && r.src.startsWith('data:image/') && typeof r.name === 'string'
    && ['x', 'y', 'width', 'height', 'opacity'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
    && typeof r.locked === 'boolean' && typeof r.visible === 'boolean';
}
