// A checkout another buyer left short, in words: ShortLinesError carries only the numbers, and each
// place that shows it (the checkout form's action, the JSON API) words them in its reader's language.
import type { ShortLineData } from "../validations/checkout";
import type { T } from "./types";

/** What a short order says in the language of `all` (the whole catalogue): above the form, and at each line. */
export function shortLinesText(lines: ShortLineData[], all: T): { error: string; fieldErrors: Record<string, string> } {
  const t: T = (key, values) => all(`checkoutErrors.${key}`, values);
  return {
    error: [
      t("nothingOrdered"),
      ...lines.map((l) =>
        l.left === 0 ? t("justBought", { title: l.title }) : t("onlySomeLeft", { title: l.title, left: l.left, asked: l.asked }),
      ),
    ].join(" "),
    fieldErrors: Object.fromEntries(
      lines.map((l) => [`line.${l.itemId}`, l.left === 0 ? t("noLongerAvailable") : t("onlyNLeft", { left: l.left })]),
    ),
  };
}
