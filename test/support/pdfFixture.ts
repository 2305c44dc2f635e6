import { PDFDocument, PDFName, PDFString, type PDFObject } from 'pdf-lib';

// Small PDFs written operator by operator, imitating what Illustrator and factories save: spot
// inks (Separation colour spaces with a tint transform), a CutContour die line, optional-content
// layers, clip groups and form XObjects.

export interface PdfSpec {
  /** Page size in points. */
  size: [number, number];
  content: string;
  /** Named spot inks: name → CMYK at full tint. */
  spots?: Record<string, [number, number, number, number]>;
  /** Optional-content layers: resource name → layer name (and whether it is off). */
  layers?: Record<string, { name: string; off?: boolean }>;
  /** Form XObjects: resource name → its content and bounding box. */
  forms?: Record<string, { content: string; bbox: [number, number, number, number]; matrix?: number[] }>;
  gstates?: Record<string, Record<string, number>>;
  rotate?: number;
  pages?: number;
}

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const ctx = pdf.context;
  const colorSpaces: Record<string, PDFObject> = {};
  for (const [i, [name, cmyk]] of Object.entries(spec.spots ?? {}).entries()) {
    const fn = ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: cmyk, N: 1 });
    colorSpaces[`CS${i}`] = ctx.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of('DeviceCMYK'), fn]);
  }
  const properties: Record<string, PDFObject> = {};
  const ocgs: PDFObject[] = [];
  const off: PDFObject[] = [];
  for (const [key, { name, off: isOff }] of Object.entries(spec.layers ?? {})) {
    const ref = ctx.register(ctx.obj({ Type: 'OCG', Name: PDFString.of(name) }));
    properties[key] = ref;
    ocgs.push(ref);
    if (isOff) off.push(ref);
  }
  if (ocgs.length) pdf.catalog.set(PDFName.of('OCProperties'), ctx.obj({ OCGs: ocgs, D: { Order: ocgs, OFF: off } }));
  const xobjects: Record<string, PDFObject> = {};
  const resources = () => ctx.obj({
    ColorSpace: ctx.obj(colorSpaces), Properties: ctx.obj(properties), ExtGState: ctx.obj(spec.gstates ?? {}), XObject: ctx.obj(xobjects),
  });
  for (const [name, f] of Object.entries(spec.forms ?? {})) {
    const stream = ctx.flateStream(f.content, { Type: 'XObject', Subtype: 'Form', BBox: f.bbox, ...(f.matrix ? { Matrix: f.matrix } : {}) });
    xobjects[name] = ctx.register(stream);
  }
  for (let p = 0; p < (spec.pages ?? 1); p++) {
    const page = pdf.addPage(spec.size);
    page.node.set(PDFName.of('Resources'), resources());
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(spec.content)));
    if (spec.rotate) page.setRotation({ type: 'degrees', angle: spec.rotate } as never);
  }
  return pdf.save({ useObjectStreams: true });
}
