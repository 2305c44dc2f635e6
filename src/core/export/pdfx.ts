import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import { PROOF_ICC_DESCRIPTION, proofOutputProfile } from './icc.ts';

// PDF/X-4 in structure: page boxes, an output intent with its profile, the X version in the Info
// dictionary and in XMP metadata, Trapped declared, a document ID. Optional content (the layers)
// and live transparency are allowed in X-4. Everything is derived from the proof's own facts, so
// the same design and date give the same bytes.

export interface PdfxFacts {
  title: string;
  /** YYYY-MM-DD, the proof's date. */
  date: string;
  /** Something unique to this proof (name, revision, date), hashed into the document ID. */
  identity: string;
}

/** FNV-1a, 128 bits as four 32-bit lanes: a stable document ID without a clock or randomness. */
function stableId(s: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < s.length; i++) {
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul((lanes[l]! ^ s.charCodeAt(i)) >>> 0, 0x01000193 + 2 * l) >>> 0;
  }
  return lanes.map((v) => v.toString(16).padStart(8, '0')).join('');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function makePdfx(pdf: PDFDocument, pages: PDFPage[], facts: PdfxFacts): void {
  const ctx = pdf.context;
  for (const page of pages) {
    const { width, height } = page.getSize();
    // A proof sheet is its own trim; nothing bleeds.
    page.setTrimBox(0, 0, width, height);
    page.setBleedBox(0, 0, width, height);
  }

  const profile = ctx.register(ctx.flateStream(proofOutputProfile(), { N: 3 }));
  pdf.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.obj({
    Type: 'OutputIntent', S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of('Custom'),
    OutputCondition: PDFString.of(PROOF_ICC_DESCRIPTION),
    Info: PDFString.of(PROOF_ICC_DESCRIPTION),
    RegistryName: PDFString.of(''),
    DestOutputProfile: profile,
  })]));

  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));

  const id = stableId(facts.identity);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id), PDFHexString.of(id)]) as PDFArray;
  const when = `${facts.date}T00:00:00Z`;
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(facts.title)}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <xmp:CreatorTool>Pinsmith</xmp:CreatorTool>
   <pdf:Producer>Pinsmith (pdf-lib)</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}</xmpMM:DocumentID>
   <xmpMM:InstanceID>uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const metadata = ctx.register(ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' }));
  pdf.catalog.set(PDFName.of('Metadata'), metadata);
}
