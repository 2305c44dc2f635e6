// The geometry facade: the rest of the core imports geometry from here only.
export * from './affine.ts';
export * from './flatten.ts';
export * from './shapes.ts';
export * from './pathData.ts';
export * from './engine.ts';
export * from './metrics.ts';
export { SpatialIndex } from './spatialIndex.ts';
export { crossingPairs, crossingPairsOf, pileDepth, type Shape } from './complexity.ts';
