// Checkout conflicts and keyed server messages in the reader's language (lib/i18n/checkout-errors.ts, errors.ts, validation.ts).
import { describe, expect, it } from "vitest";
import { shortLinesText } from "../../lib/i18n/checkout-errors";
import { localizeError } from "../../lib/i18n/errors";
import { catalogue } from "../../lib/i18n/messages";
import { msg, resolveMessage, validationOf, vmsg } from "../../lib/i18n/validation";
import { AppError } from "../../lib/errors";
import { CORRECT_FIELDS } from "../../lib/validation-errors";

const lines = [
  { itemId: 7, title: "Kettle", asked: 3, left: 1 },
  { itemId: 9, title: "Toaster", asked: 2, left: 0 },
];

describe("a short checkout in words", () => {
  it("English, as before: the form's message and one message per short line", () => {
    expect(shortLinesText(lines, catalogue("en"))).toEqual({
      error: "Nothing was ordered. Only 1 of “Kettle” still available (you asked for 3). “Toaster” was just bought by someone else.",
      fieldErrors: { "line.7": "Only 1 left", "line.9": "No longer available" },
    });
  });

  it("Spanish, French and German with their plural forms", () => {
    const es = shortLinesText([{ itemId: 1, title: "Tetera", asked: 5, left: 2 }], catalogue("es"));
    expect(es.error).toBe("No se ha pedido nada. Solo quedan 2 unidades de «Tetera» (pediste 5).");
    expect(es.fieldErrors).toEqual({ "line.1": "Solo quedan 2" });
    expect(shortLinesText([{ itemId: 1, title: "Tetera", asked: 5, left: 1 }], catalogue("es")).fieldErrors["line.1"]).toBe("Solo queda 1");
    expect(shortLinesText(lines, catalogue("fr")).fieldErrors).toEqual({ "line.7": "Plus que 1 disponible", "line.9": "Plus disponible" });
    expect(shortLinesText([{ itemId: 1, title: "Wasserkocher", asked: 4, left: 3 }], catalogue("de")).error).toBe(
      "Es wurde nichts bestellt. Von „Wasserkocher“ sind nur noch 3 Stück verfügbar (du wolltest 4).",
    );
  });
});

describe("keyed server messages", () => {
  it("msg keys name any namespace, vmsg keys the validation one; plain text passes", () => {
    const all = catalogue("fr");
    expect(resolveMessage(msg("checkoutErrors.fullyFunded", { title: "Vélo" }), validationOf(all), all)).toBe(
      "« Vélo » est entièrement financé — merci !",
    );
    expect(resolveMessage(vmsg("atMost", { max: 99 }), validationOf(all), all)).toBe(catalogue("fr")("validation.atMost", { max: 99 }));
    expect(resolveMessage("Just text", validationOf(all), all)).toBe("Just text");
  });

  it("localizeError words an AppError's message and fields in the reader's language", () => {
    const e = new AppError(CORRECT_FIELDS, "validation", { buyerName: vmsg("enterName"), x: "as it is" });
    const de = localizeError(e, catalogue("de"));
    expect(de.error).toBe(catalogue("de")("validation.correctFields"));
    expect(de.fieldErrors).toEqual({ buyerName: catalogue("de")("validation.enterName"), x: "as it is" });
    expect(localizeError(new AppError(msg("checkoutErrors.registryGone"), "not_found"), catalogue("es")).error).toBe(
      "Esta lista ya no está disponible",
    );
  });
});
