import { z } from 'zod';

// The pin document, v1. Millimetres, x right, y down, origin top-left. The schema is the single
// source of the types (z.infer) and of validation; messages are written for people.

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const positiveMm = finite.refine((v) => v > 0, { message: 'must be greater than 0 mm' });

export const PointSchema = z.object({ x: finite, y: finite });

/** An anchor with optional bézier handles relative to it (paper.js convention). */
export const SegmentSchema = z.object({
  x: finite,
  y: finite,
  hin: PointSchema.optional(),
  hout: PointSchema.optional(),
});

export const SubPathSchema = z.object({
  closed: z.boolean(),
  segments: z.array(SegmentSchema).min(1, { message: 'a sub-path needs at least one point' }),
});

export const PathGeomSchema = z.array(SubPathSchema);

export const FillRuleSchema = z.enum(['nonzero', 'evenodd']);

export const ColorRefSchema = z.object({
  /** Screen colour, #RRGGBB upper case. Always present so any view can paint it. */
  hex: z.string().regex(/^#[0-9A-F]{6}$/, { message: 'must be a hex colour like #C8102E' }),
  /** Palette code ("186 C", "White"); absent for a custom colour, which stays custom. */
  code: z.string().min(1).optional(),
  /** The colour the artwork was painted in when its data-pantone code named another (the code won). */
  drawn: z.string().regex(/^#[0-9A-F]{6}$/, { message: 'must be a hex colour like #C8102E' }).optional(),
});

export const FinishSchema = z.enum(['standard', 'glitter', 'glow', 'translucent']);

/** Paint the factory cannot make in enamel, kept as facts for the `no-gradients` check. */
export const PaintIssueSchema = z.object({
  kind: z.enum(['gradient', 'pattern', 'opacity', 'image']),
  detail: z.string(),
});

const base = {
  id: z.string().min(1),
  name: z.string().optional(),
  hidden: z.boolean().optional(),
  locked: z.boolean().optional(),
  /** The group the item belongs to (Object › Group): picked, moved, arranged, hidden and locked together. */
  group: z.string().min(1).optional(),
};

export const OutlineItemSchema = z.object({
  ...base,
  kind: z.literal('outline'),
  path: PathGeomSchema,
});

export const CutoutItemSchema = z.object({
  ...base,
  kind: z.literal('cutout'),
  path: PathGeomSchema,
});

export const MetalLineItemSchema = z.object({
  ...base,
  kind: z.literal('metal-line'),
  path: PathGeomSchema,
  width: positiveMm,
  cap: z.enum(['butt', 'round', 'square']),
  join: z.enum(['miter', 'round', 'bevel']),
  miterLimit: finite.refine((v) => v >= 1, { message: 'must be at least 1' }).optional(),
});

export const MetalAreaItemSchema = z.object({
  ...base,
  kind: z.literal('metal-area'),
  path: PathGeomSchema,
  fillRule: FillRuleSchema,
});

export const EnamelFillItemSchema = z.object({
  ...base,
  kind: z.literal('enamel-fill'),
  path: PathGeomSchema,
  fillRule: FillRuleSchema,
  color: ColorRefSchema,
  finish: FinishSchema,
  paintIssues: z.array(PaintIssueSchema).optional(),
});

export const TextItemSchema = z.object({
  ...base,
  kind: z.literal('text'),
  text: z.string(),
  font: z.string().min(1),
  /** Cap height in mm: what the factory rule measures. */
  size: positiveMm,
  x: finite,
  y: finite,
  mode: z.enum(['raised-metal', 'recessed-enamel']),
  /** Letter spacing in 1/1000 em (Illustrator's tracking); 0 when absent. */
  tracking: finite.optional(),
  color: ColorRefSchema.optional(),
  /** The glyph outlines in document mm, so checks and export see real geometry. */
  outlines: PathGeomSchema,
});

export const ItemSchema = z.discriminatedUnion('kind', [
  OutlineItemSchema,
  CutoutItemSchema,
  MetalLineItemSchema,
  MetalAreaItemSchema,
  EnamelFillItemSchema,
  TextItemSchema,
]);

export const ProcessSchema = z.enum(['hard-enamel', 'soft-enamel', 'die-struck', 'offset-printed']);
export const PlatingSchema = z.enum([
  'gold', 'silver', 'nickel', 'black-nickel', 'copper', 'rose-gold',
  'antique-gold', 'antique-silver', 'antique-bronze', 'antique-copper',
  'rainbow', 'dyed-black', 'painted', 'none',
]);
export const BackingSchema = z.enum(['butterfly', 'rubber', 'locking', 'magnet', 'safety-pin']);

export const SpecSchema = z.object({
  process: ProcessSchema,
  baseMetal: z.enum(['iron', 'zinc-alloy', 'brass', 'copper']),
  plating: PlatingSchema,
  thicknessMm: positiveMm,
  backing: BackingSchema,
  /** Post positions on the front frame (mm); the back view mirrors them. */
  posts: z.array(PointSchema),
  backstamp: z.object({
    kind: z.enum(['blank', 'standard', 'custom']),
    text: z.string().optional(),
    method: z.enum(['debossed', 'laser', 'sandblasted']).optional(),
    /** A logo for a custom backstamp: filled shapes in mm, origin at the logo's top left. */
    logo: z.object({ path: PathGeomSchema, widthMm: positiveMm, heightMm: positiveMm }).optional(),
    /**
     * Limited-edition numbering "x / N" on the back: laser-marked pin by pin, or stamped in the mould
     * with a blank for the number. `at`: the centre of the marking on the front frame (mm; the back
     * view mirrors it); N is the edition size (a colourway's own, if it has one).
     */
    numbering: z.object({ method: z.enum(['laser', 'stamped']), at: PointSchema, heightMm: positiveMm.optional() }).optional(),
  }),
  epoxyDome: z.boolean(),
  editionSize: z.number().int().positive().nullable(),
  packaging: z.object({
    kind: z.enum(['poly-bag', 'backing-card']),
    cardWidthMm: positiveMm.optional(),
    cardHeightMm: positiveMm.optional(),
  }),
  quantity: z.number().int().positive({ message: 'must be a whole number above 0' }),
  artist: z.string(),
  contact: z.string(),
  revision: z.string(),
  notes: z.string(),
});

export const SeveritySchema = z.enum(['error', 'warning', 'off']);

export const RuleSettingSchema = z.object({
  severity: SeveritySchema.optional(),
  options: z.record(z.string(), z.union([finite, z.string(), z.boolean(), z.array(z.string())])).optional(),
});

export const WaiverSchema = z.object({
  rule: z.string().min(1),
  items: z.array(z.string()),
  at: PointSchema,
  comment: z.string().trim().min(1, { message: 'a waiver needs a comment saying why' }),
  createdAt: z.string().optional(),
});

export const CheckSettingsSchema = z.object({
  profile: z.string().min(1),
  rules: z.record(z.string(), RuleSettingSchema),
  waivers: z.array(WaiverSchema),
});

/**
 * A colourway (a limited-edition variant): the same metal design with its own enamel colours,
 * made by a colour map over the pin's colours (by code, or by hex for a custom colour), its own
 * plating if it differs, and its edition size.
 */
export const ColourwaySchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, { message: 'a colourway needs a name' }).max(80),
  map: z.array(z.object({ from: z.string().min(1), to: ColorRefSchema })).max(100),
  plating: PlatingSchema.optional(),
  editionSize: z.number().int().positive().max(1_000_000).optional(),
});

const HexSchema = z.string().regex(/^#[0-9A-F]{6}$/, { message: 'must be a hex colour like #C8102E' });

/**
 * The printed backing card the pin ships on: its trim size, its own artwork (a background colour,
 * an image over the whole card, lines of text) and where the pin sits (its posts go through holes
 * punched there), with an optional hang hole. Millimetres from the card's top-left trim corner.
 */
export const CardSchema = z.object({
  widthMm: positiveMm.max(300),
  heightMm: positiveMm.max(300),
  background: HexSchema,
  /** Where the pin's centre sits on the card. */
  pinAt: PointSchema,
  hangHole: z.enum(['none', 'round', 'euro']),
  /** An image filling the card to its bleed (cover) or inside it (contain), as a PNG or JPEG data URL. */
  image: z.object({ href: z.string().regex(/^data:image\/(png|jpeg);base64,/, { message: 'must be a PNG or JPEG data URL' }).max(12_000_000), fit: z.enum(['cover', 'contain']) }).optional(),
  texts: z.array(z.object({
    text: z.string().max(200),
    /** Centre of the line. */
    x: finite,
    y: finite,
    sizeMm: positiveMm.max(50),
    color: HexSchema,
  })).max(20),
});

export const PinDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  name: z.string(),
  /** Artboard size in mm; the pin is drawn inside it. */
  artboard: z.object({ width: positiveMm, height: positiveMm }),
  items: z.record(z.string(), ItemSchema),
  /** Paint order, bottom to top. Every item id exactly once. */
  order: z.array(z.string()),
  spec: SpecSchema,
  checks: CheckSettingsSchema,
  /** Limited-edition colourways beside the pin's own colours (the first colourway). */
  colourways: z.array(ColourwaySchema).max(20).optional(),
  /** Ruler guides in mm: vertical ones at x, horizontal ones at y (drawing snaps to them). */
  guides: z.object({ x: z.array(finite), y: z.array(finite) }).optional(),
  card: CardSchema.optional(),
});
