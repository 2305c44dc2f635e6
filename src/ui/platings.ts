import type { Plating } from '../core/document/types.ts';

/** The platings offered in the pickers, in the order artists look for them. */
export const PLATINGS: Plating[] = ['gold', 'silver', 'nickel', 'black-nickel', 'copper', 'rose-gold', 'antique-gold', 'antique-silver', 'antique-bronze', 'antique-copper', 'rainbow', 'dyed-black'];
