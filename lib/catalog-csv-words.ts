// A CSV import problem in the reader's language: "column: what is wrong" (no column: the row as a
// whole). Pure and light, so the preview (a client component) and the unit tests share it.
import type { T } from "./i18n/types";
import { resolveMessage, validationOf } from "./i18n/validation";

/** One problem of a row: the column it is about ("" for the whole row) and a message key (msg/vmsg). */
export type CsvProblem = { field: string; message: string };

/** `all`: the whole catalogue's translator (useTranslations() / getTranslations() / catalogue(locale)). */
export function csvProblemText(p: CsvProblem, all: T): string {
  const problem = resolveMessage(p.message, validationOf(all), all) ?? p.message;
  return all("adminCatalog.csv.problem", { field: p.field || all("adminCatalog.csv.row"), problem });
}
