import { z } from 'zod';
import { BackingSchema, FinishSchema, PlatingSchema, PointSchema, ProcessSchema, SpecSchema } from '../document/schema.ts';
import { mmToIn, type BundleFacts } from './facts.ts';
import { NUMBERING_HEIGHT_MM, numberingText } from './numbering.ts';
import { CARD_BLEED_MM, CARD_POST_HOLE_MM, CARD_SAFE_MM, cardLayout } from '../card/layout.ts';
import type { Card, PinDocument } from '../document/types.ts';

/** The print-ready backing card in the bundle. */
export const CARD_FILE = 'card.pdf';

/** Where a backstamp logo goes in the bundle. */
export const BACKSTAMP_LOGO_FILE = 'layers/backstamp-logo.svg';

/** spec.json's own version: bump the major on a breaking change (CONTRACTS.md). */
export const SPEC_JSON_VERSION = '1.2.0';
export const SPEC_SCHEMA_ID = 'https://pinsmith.dev/schemas/spec-1.schema.json';

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

const ColourSchema = z.object({
  callout: z.number().int().positive(),
  name: z.string().describe('Spot colour (plate) name as on the proof: "PANTONE 186 C", "White"; a custom colour is named after the PMS code it is matched to'),
  pantone: z.string().nullable().describe('The Pantone code the factory mixes: the colour\'s own, or for a custom colour the nearest standard code (see matchedFrom); null only when no code could be matched'),
  hex: z.string().regex(/^#[0-9A-F]{6}$/).describe('Screen colour of that code'),
  matchedFrom: z.object({ hex: z.string().regex(/^#[0-9A-F]{6}$/), deltaE: z.number().nonnegative() }).optional()
    .describe('For a colour drawn without a code: the colour as drawn and its CIEDE2000 distance to the matched code'),
  areaMm2: z.number().nonnegative(),
  finishes: z.array(FinishSchema),
});

/** The factory order as data: the source of spec.json and of its published JSON Schema. */
export const SpecJsonSchema = z.object({
  $schema: z.literal(SPEC_SCHEMA_ID),
  specVersion: z.literal(SPEC_JSON_VERSION),
  design: z.object({ name: z.string(), revision: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  process: ProcessSchema,
  baseMetal: SpecSchema.shape.baseMetal,
  plating: PlatingSchema,
  thicknessMm: z.number().positive(),
  size: z.object({ widthMm: z.number().positive(), heightMm: z.number().positive(), widthIn: z.number().positive(), heightIn: z.number().positive() }),
  colours: z.array(ColourSchema),
  colourCount: z.number().int().nonnegative(),
  sourceVersion: z.object({ id: z.string(), at: z.string() }).optional()
    .describe('The saved version of the pin this bundle was made from (Pinsmith keeps one at every export)'),
  epoxyDome: z.boolean(),
  backing: z.object({ type: BackingSchema, postCount: z.number().int().nonnegative(), posts: z.array(PointSchema).describe('Post centres in mm on the front frame; the back view mirrors them') }),
  backstamp: z.object({
    kind: SpecSchema.shape.backstamp.shape.kind,
    text: z.string().optional(),
    method: SpecSchema.shape.backstamp.shape.method,
    logo: z.object({ widthMm: z.number().positive(), heightMm: z.number().positive(), file: z.literal(BACKSTAMP_LOGO_FILE) }).optional(),
    numbering: z.object({
      method: z.enum(['laser', 'stamped']).describe('laser: each pin marked with its own number; stamped: in the mould, with a blank for the number'),
      text: z.string().describe('As it reads on the back: "x / 100" (laser) or "__ / 100" (stamped); each colourway has its own'),
      atMm: PointSchema.describe('Centre of the marking on the front frame (mm); the back view mirrors it'),
      heightMm: z.number().positive(),
    }).optional(),
  }),
  editionSize: z.number().int().positive().nullable(),
  colourways: z.array(z.object({
    name: z.string(),
    proofPage: z.number().int().min(2).describe('Its page in proof.pdf (page 1 is the pin as drawn, described by the fields above)'),
    plating: PlatingSchema,
    editionSize: z.number().int().positive().nullable(),
    map: z.array(z.object({ from: z.string(), to: z.string() })).describe('Its colour map: a colour of the pin as drawn (PMS code or hex) to the colour this colourway uses'),
    colours: z.array(ColourSchema),
    colourCount: z.number().int().nonnegative(),
    layers: z.string().describe('The folder with this colourway\'s artwork.svg and layers'),
    numbering: z.string().optional().describe('Its edition numbering as it reads on the back, when the pin is numbered'),
    checks: z.object({ errors: z.number().int().nonnegative(), warnings: z.number().int().nonnegative() }),
  })).optional().describe('The same metal design in other enamel colours (limited editions), each on its own proof page'),
  packaging: SpecSchema.shape.packaging,
  card: z.object({
    file: z.literal(CARD_FILE),
    trimMm: z.object({ width: z.number().positive(), height: z.number().positive() }),
    bleedMm: z.number().nonnegative(),
    safeMm: z.number().nonnegative(),
    postHoles: z.array(PointSchema).describe('Centres of the holes the posts go through, mm from the card\'s top-left trim corner (front view)'),
    holeDiameterMm: z.number().positive(),
    hangHole: z.enum(['none', 'round', 'euro']),
    pinAtMm: PointSchema.describe('Where the pin\'s centre sits on the card'),
  }).optional().describe('The backing card the pin ships on (card.pdf: CMYK, trim and bleed boxes, crop marks, holes on the CutContour plate)'),
  quantity: z.number().int().positive(),
  artist: z.string(),
  contact: z.string(),
  notes: z.string(),
  checks: z.object({
    profile: z.string(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    waivers: z.array(z.object({ rule: z.string(), comment: z.string() })),
    exportReason: z.string().optional().describe('Why the design was exported with errors still open'),
  }),
});

export type SpecJson = z.infer<typeof SpecJsonSchema>;

/** The published JSON Schema (schemas/spec.schema.json is this, kept in step by a test). */
export function specJsonSchema(): unknown {
  return { $id: SPEC_SCHEMA_ID, title: 'Pinsmith factory spec', ...z.toJSONSchema(SpecJsonSchema) };
}

const colourList = (f: BundleFacts) => f.colours.map((c) => ({
  callout: c.n, name: c.spotName, pantone: c.match?.code ?? c.color.code ?? null, hex: c.inkHex,
  ...(c.match ? { matchedFrom: { hex: c.color.hex, deltaE: round(c.match.deltaE, 2) } } : {}),
  areaMm2: round(c.areaMm2), finishes: c.finishes,
}));

/** A colourway as the bundle has it: its own facts (colours, plating, checks) and its folder. */
function cardSpec(doc: PinDocument, card: Card): NonNullable<SpecJson['card']> {
  const L = cardLayout(doc, card);
  return {
    file: CARD_FILE, trimMm: { width: round(card.widthMm), height: round(card.heightMm) }, bleedMm: CARD_BLEED_MM, safeMm: CARD_SAFE_MM,
    postHoles: L.holes.map((h) => ({ x: round(h.x), y: round(h.y) })), holeDiameterMm: CARD_POST_HOLE_MM, hangHole: card.hangHole,
    pinAtMm: { x: round(card.pinAt.x), y: round(card.pinAt.y) },
  };
}

export interface ColourwayFacts {
  name: string;
  editionSize?: number;
  map: Array<{ from: string; to: string }>;
  facts: BundleFacts;
  folder: string;
}

export function specJson(f: BundleFacts, colourways: ColourwayFacts[] = []): SpecJson {
  const s = f.doc.spec;
  return {
    $schema: SPEC_SCHEMA_ID,
    specVersion: SPEC_JSON_VERSION,
    design: { name: f.doc.name, revision: s.revision, date: f.date },
    process: s.process,
    baseMetal: s.baseMetal,
    plating: s.plating,
    thicknessMm: s.thicknessMm,
    size: { widthMm: round(f.widthMm), heightMm: round(f.heightMm), widthIn: round(mmToIn(f.widthMm), 3), heightIn: round(mmToIn(f.heightMm), 3) },
    colours: colourList(f),
    colourCount: f.colours.length,
    ...(f.version ? { sourceVersion: { id: f.version.id, at: f.version.at } } : {}),
    epoxyDome: s.epoxyDome,
    backing: { type: s.backing, postCount: s.posts.length, posts: s.posts.map((p) => ({ x: round(p.x), y: round(p.y) })) },
    backstamp: {
      kind: s.backstamp.kind,
      ...(s.backstamp.text !== undefined ? { text: s.backstamp.text } : {}),
      ...(s.backstamp.method ? { method: s.backstamp.method } : {}),
      ...(s.backstamp.logo ? { logo: { widthMm: round(s.backstamp.logo.widthMm), heightMm: round(s.backstamp.logo.heightMm), file: BACKSTAMP_LOGO_FILE } } : {}),
      ...(s.backstamp.numbering ? { numbering: {
        method: s.backstamp.numbering.method, text: numberingText(s.backstamp.numbering, s.editionSize),
        atMm: { x: round(s.backstamp.numbering.at.x), y: round(s.backstamp.numbering.at.y) }, heightMm: s.backstamp.numbering.heightMm ?? NUMBERING_HEIGHT_MM,
      } } : {}),
    },
    editionSize: s.editionSize,
    ...(colourways.length ? {
      colourways: colourways.map((cw, i) => ({
        name: cw.name, proofPage: i + 2, plating: cw.facts.doc.spec.plating, editionSize: cw.editionSize ?? null, map: cw.map,
        colours: colourList(cw.facts), colourCount: cw.facts.colours.length, layers: `${cw.folder}/`,
        ...(s.backstamp.numbering ? { numbering: numberingText(s.backstamp.numbering, cw.editionSize ?? s.editionSize) } : {}),
        checks: { errors: cw.facts.report.summary.errors, warnings: cw.facts.report.summary.warnings },
      })),
    } : {}),
    packaging: s.packaging,
    ...(f.doc.card && s.packaging.kind === 'backing-card' ? { card: cardSpec(f.doc, f.doc.card) } : {}),
    quantity: s.quantity,
    artist: s.artist,
    contact: s.contact,
    notes: s.notes,
    checks: {
      profile: f.report.profile,
      errors: f.report.summary.errors,
      warnings: f.report.summary.warnings,
      waivers: f.report.violations.filter((v) => v.waived).map((v) => ({ rule: v.rule, comment: v.waived!.comment })),
      ...(f.exportReason ? { exportReason: f.exportReason } : {}),
    },
  };
}
