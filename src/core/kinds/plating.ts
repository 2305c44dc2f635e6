import type { Plating } from '../document/types.ts';

/** Colour stops that read as polished metal on screen, per plating. */
export const PLATING_STOPS: Record<Plating, string[]> = {
  gold: ['#8C6A1C', '#E9C766', '#FFF1B5', '#C9A227', '#7A5A14'],
  silver: ['#7D8288', '#D9DDE2', '#FFFFFF', '#B5BAC0', '#6E7378'],
  nickel: ['#7D8288', '#D9DDE2', '#FFFFFF', '#B5BAC0', '#6E7378'],
  'black-nickel': ['#1E2022', '#55595E', '#8A8F95', '#3A3D41', '#151617'],
  copper: ['#6E3A1E', '#C8794A', '#F2B48A', '#A85E33', '#5A2E16'],
  'rose-gold': ['#8A5A4A', '#D9A08C', '#F6D2C4', '#B87B68', '#704637'],
  'antique-gold': ['#4E3B12', '#9C7E35', '#C8AA5A', '#6E5620', '#3A2C0C'],
  'antique-silver': ['#3F4246', '#8E9297', '#B9BDC2', '#62666B', '#2E3033'],
  'antique-bronze': ['#3E2A16', '#8A6438', '#B48A58', '#5E4222', '#2C1E0F'],
  'antique-copper': ['#3E2214', '#8A4E2E', '#B47450', '#5E3420', '#2C180E'],
  rainbow: ['#6B3FA0', '#2F80ED', '#27AE60', '#F2C94C', '#EB5757'],
  'dyed-black': ['#111111', '#2A2A2A', '#444444', '#222222', '#0A0A0A'],
  painted: ['#555555', '#777777', '#999999', '#666666', '#444444'],
  none: ['#8A8A8A', '#BDBDBD', '#E0E0E0', '#A0A0A0', '#7A7A7A'],
};

/** One flat colour per plating, for print (the middle, brightest-but-one stop). */
export const PLATING_FLAT: Record<Plating, string> = Object.fromEntries(Object.entries(PLATING_STOPS).map(([k, v]) => [k, v[3]!])) as Record<Plating, string>;

/** Sunk metal with no enamel (bare recess) drawn over the plating: a shade darker than raised metal. */
export const RECESS_SHADE = 'rgba(48, 36, 20, 0.34)';
