/** A translator bound to one namespace, as server components pass it down (next-intl's t, loosely typed). */
export type T = (key: string, values?: Record<string, string | number | Date>) => string;
