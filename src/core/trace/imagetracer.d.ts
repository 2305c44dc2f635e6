// The parts of imagetracerjs (public domain) the tracer uses: its pipeline after colour
// quantisation, fed with Pinsmith's own label grid.
declare module 'imagetracerjs' {
  interface TracedSegment { type: 'L' | 'Q'; x1: number; y1: number; x2: number; y2: number; x3?: number; y3?: number }
  interface TracedPath { segments: TracedSegment[]; isholepath: boolean; holechildren: number[]; boundingbox: number[] }
  interface Indexed { array: number[][]; palette: Array<{ r: number; g: number; b: number; a: number }> }
  interface ImageTracer {
    layering(ii: Indexed): unknown;
    batchpathscan(layers: unknown, pathomit: number): unknown;
    batchinternodes(paths: unknown, options: { rightangleenhance: boolean }): unknown;
    batchtracelayers(internodes: unknown, ltres: number, qtres: number): TracedPath[][];
  }
  const tracer: ImageTracer;
  export default tracer;
}
