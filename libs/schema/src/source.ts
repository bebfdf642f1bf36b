/** The three sources synth generates, in the order their files are written. */
export const SOURCES = ['leads', 'sales', 'financial'] as const;

/** A source name: `'leads' | 'sales' | 'financial'`. */
export type Source = (typeof SOURCES)[number];
