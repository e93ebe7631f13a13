/** A translator bound to one namespace, as server components pass it down (next-intl's t, loosely typed). */
export type T = (key: string, values?: Record<string, string | number | Date>, formats?: Formats) => string;

/** Named formats for one call: `{amount, number, money}` is an amount in the currency the values carry. */
export type Formats = { number?: Record<string, { style: "currency"; currency: string }> };
