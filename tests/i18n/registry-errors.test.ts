// The registrant's refusals in the reader's language (issue 23): data-layer refusals are worded()
// keys whose English stays in .message (logs, REST, SOAP), amounts inside sentences are ICU numbers
// in the registry's currency, and photo and fund-form messages resolve in every language.
import { describe, expect, it } from "vitest";
import { localizeError, worded } from "../../lib/i18n/errors";
import { catalogue } from "../../lib/i18n/messages";
import { msg, resolveMessage, validationOf, vmsg } from "../../lib/i18n/validation";
import { AppError } from "../../lib/errors";
import { processPhoto } from "../../lib/images/process";
import { UNREADABLE_MESSAGE } from "../../lib/images/variants";
import { fundSchema, groupGiftSchema } from "../../lib/validations/funds";

const words = (key: string, values?: Record<string, string | number>) => {
  const e = worded("conflict", key, values);
  return {
    en: e.message,
    es: localizeError(e, catalogue("es")).error,
    fr: localizeError(e, catalogue("fr")).error,
    de: localizeError(e, catalogue("de")).error,
  };
};
const readOut = (locale: string, message: string | undefined) =>
  resolveMessage(message, validationOf(catalogue(locale)), catalogue(locale));

describe("registry refusals", () => {
  it("deleting a registry with orders in progress: English in .message, the reader's language where a person reads it", () => {
    expect(words("registryErrors.ordersInProgress")).toEqual({
      en: "This registry has orders in progress. It can be deleted once they are dispatched or cancelled.",
      es: "Esta lista tiene pedidos en curso. Podrás eliminarla cuando se hayan enviado o cancelado.",
      fr: "Cette liste a des commandes en cours. Vous pourrez la supprimer une fois qu’elles seront expédiées ou annulées.",
      de: "Diese Wunschliste hat laufende Bestellungen. Du kannst sie löschen, sobald sie versendet oder storniert sind.",
    });
  });

  it("the co-registrant's invitation names the invited address; a contribution's state is a word of each language", () => {
    const inv = words("registryErrors.inviteFor", { email: "sam@example.com" });
    expect(inv.en).toBe("This invitation is for sam@example.com. Sign in with that email address to accept it.");
    expect(inv.de).toBe("Diese Einladung ist für sam@example.com. Melde dich mit dieser E-Mail-Adresse an, um sie anzunehmen.");
    expect(words("registryErrors.coEmailFirst").es).toBe("Primero añade el correo del co-titular (Editar los datos).");
    const already = words("registryErrors.contributionAlready", { status: "received" });
    expect(already.en).toBe("That contribution is already received");
    expect(already.fr).toBe("Cette participation est déjà reçue");
  });

  it("a guest's bought-elsewhere mark over what is still needed: the count in words and plural forms", () => {
    const e = worded(
      "conflict",
      "registryErrors.onlyStillNeeded",
      { left: 1, title: "Tetera" },
      { quantity: msg("registryErrors.onlyNStillNeeded", { left: 1 }) },
    );
    expect(e.message).toBe("Only 1 of “Tetera” still needed");
    expect(localizeError(e, catalogue("es"))).toEqual({
      error: "Solo falta 1 unidad de «Tetera»",
      fieldErrors: { quantity: "Solo falta 1" },
    });
    expect(localizeError(e, catalogue("de")).error).toBe("Von „Tetera“ wird nur noch 1 Stück gebraucht");
  });

  it("a field's message travels with the refusal, worded too", () => {
    const e = worded("validation", "registryErrors.noPrice", undefined, { groupGift: msg("registryErrors.priceOnly") });
    expect(e.fieldErrors).toEqual({ groupGift: "Only a gift with a price can be a group gift" });
    expect(localizeError(e, catalogue("es")).fieldErrors).toEqual({ groupGift: "Solo un regalo con precio puede ser un regalo en grupo" });
  });
});

describe("amounts inside sentences", () => {
  it("are numbers in the registry's currency, written the reader's way", () => {
    // Intl separates with (narrow) no-break spaces: compared as plain spaces.
    const readIn = (locale: string, message: string) => readOut(locale, message)?.replace(/[\u00a0\u202f]/g, " ");
    const rest = msg("checkoutErrors.onlyRestLeft", { rest: 1250.5, currency: "EUR" });
    expect(readIn("en", rest)).toBe("Only €1,250.50 is left toward this gift — you can give up to that.");
    expect(readIn("de", rest)).toBe("Für dieses Geschenk fehlen nur noch 1.250,50 € – du kannst bis zu diesem Betrag geben.");
    const smallest = msg("checkoutErrors.smallestAmount", { min: 50, rest: 800, currency: "USD" });
    expect(readIn("en", smallest)).toBe("The smallest amount is $50.00 (or exactly the $800.00 that is left).");
    expect(readIn("fr", smallest)).toBe("Le montant minimum est de 50,00 $US (ou exactement les 800,00 $US restants).");
    // A guest's contribution limits, in the fund's currency.
    expect(readIn("de", vmsg("smallestContribution", { amount: 1, currency: "EUR" }))).toBe("Der kleinste Beitrag ist 1,00 €");
    expect(readIn("es", vmsg("largestContribution", { amount: 100000, currency: "USD" }))).toBe("La contribución máxima es 100.000,00 US$");
    // A yen amount has no decimals in any language.
    expect(readIn("es", msg("checkoutErrors.onlyRestLeft", { rest: 5000, currency: "JPY" }))).toBe(
      "Solo faltan 5000 JPY para este regalo; puedes aportar hasta esa cantidad.",
    );
  });
});

const readIn = readOut;

describe("photo and fund-form messages", () => {
  it("an unreadable photo: English .message, Spanish for a Spanish reader, at the field too", async () => {
    const e = await processPhoto(new TextEncoder().encode("not a photo"), "gift", "x").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toBe(UNREADABLE_MESSAGE);
    expect(localizeError(e as AppError, catalogue("es"))).toEqual({
      error: "No podemos leer este archivo. Usa una foto JPEG, PNG o WebP.",
      fieldErrors: { photo: "No podemos leer este archivo. Usa una foto JPEG, PNG o WebP." },
    });
  });

  it("the fund and group-gift forms' own checks read in German", () => {
    const base = { registryId: 1, title: "", story: "", goal: "0", suggested: "", paymentLink: "", transferDetails: "", currency: "EUR" };
    const r = fundSchema.safeParse(base);
    const at = (field: string) => readIn("de", r.error?.issues.find((i) => i.path[0] === field)?.message);
    expect(at("title")).toBe("Gib dem Geldtopf einen Namen");
    expect(at("goal")?.replace(/\u00a0/g, " ")).toBe("Das Ziel muss mindestens 1,00 € betragen");
    expect(at("paymentLink")).toBe("Füge einen Zahlungslink oder Angaben für eine Überweisung hinzu, damit Gäste wissen, wie sie zahlen");
    const g = groupGiftSchema.safeParse({ itemId: 1, currency: "EUR", groupGift: true, min: "", fundId: "", deadline: "" });
    expect(readIn("de", g.error?.issues[0]?.message)).toBe("Wähle den Geldtopf, dessen Zahlungsangaben die Gäste nutzen");
  });
});
