import type { Item } from '../document/types.ts';

export const KIND_LABEL: Record<Item['kind'], string> = {
  outline: 'die line',
  cutout: 'cut-out',
  'metal-line': 'metal line',
  'metal-area': 'metal area',
  'enamel-fill': 'enamel fill',
  text: 'text',
};
