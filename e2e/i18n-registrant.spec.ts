// Issue 23, the registrant's side: a couple whose browser speaks German, a French registry's
// co-registrant invitation, and the footer's language chooser on the dashboard.
import { expect, test, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, mailedLink, signIn, unique } from "./fixtures";

const hydrated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");

test.describe("a registrant in German (browser de-DE)", () => {
  test.use({ locale: "de-DE" });

  test("signs up, sees the dashboard, creates a registry (errors and countries in German), edits it and adds a gift", async ({ page }) => {
    test.setTimeout(90_000);
    const email = `${unique("jonas")}@example.com`;
    await gotoReady(page, "/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Erstelle dein Konto" })).toBeVisible();
    const signUp = page.getByRole("form", { name: "Registrieren" });
    await signUp.getByLabel("Vorname").fill("Jonas");
    await signUp.getByLabel("Nachname").fill("Weber");
    await signUp.getByLabel("E-Mail").fill(email);
    await signUp.getByLabel("Passwort", { exact: true }).fill("kurz1");
    await signUp.getByLabel("Passwort bestätigen").fill("kurz1");
    await signUp.getByRole("button", { name: "Konto erstellen" }).click();
    await expect(signUp.getByText("Verwende mindestens 10 Zeichen")).toBeVisible();
    await signUp.getByLabel("Passwort", { exact: true }).fill("ein-gutes-passwort-1");
    await signUp.getByLabel("Passwort bestätigen").fill("ein-gutes-passwort-1");
    await signUp.getByRole("button", { name: "Konto erstellen" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Meine Wunschlisten" })).toBeVisible();
    await expect(page.getByText("Du hast noch keine Wunschliste")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Bitte bestätige deine E-Mail-Adresse" })).toBeVisible();
    // The welcome email is in the language of the sign-up page.
    await expect
      .poll(async () => (await db.emailMessage.findFirst({ where: { to: email, kind: "welcome" } }))?.subject)
      .toBe("Willkommen bei Wishwell, Jonas");

    await page.getByRole("link", { name: "Wunschliste erstellen" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Wunschliste erstellen" })).toBeVisible();
    await hydrated(page);
    const form = page.getByRole("form", { name: "Wunschliste erstellen" });
    // Countries named by Intl in German and sorted the German way (Ä with A).
    const country = form.getByLabel("Land", { exact: true });
    await expect(country.locator("option", { hasText: "Deutschland" })).toHaveAttribute("value", "DEU");
    const names = await country.locator("option").allTextContents();
    expect(names[0]).toBe("Bitte wählen…");
    expect(names.indexOf("Ägypten")).toBeGreaterThan(0);
    expect(names.indexOf("Ägypten")).toBeLessThan(names.indexOf("Albanien"));
    expect(names.indexOf("Vereinigtes Königreich")).toBeGreaterThan(names.indexOf("Deutschland"));

    await form.getByLabel("E-Mail-Adresse der Mitverwaltung").fill("keine-adresse");
    await form.getByRole("button", { name: "Wunschliste erstellen" }).click();
    await expect(form.getByText("Gib deiner Wunschliste einen Titel")).toBeVisible();
    await expect(form.getByText("Wähle einen Anlass").first()).toBeVisible();
    await expect(form.getByText("Gib eine gültige E-Mail-Adresse ein")).toBeVisible();
    expect(await db.registry.count({ where: { email } })).toBe(0);

    await form.getByLabel("Titel").fill("Hochzeit von Jonas & Lea");
    await form.getByLabel("Anlass").selectOption({ index: 1 });
    await form.getByLabel("E-Mail-Adresse der Mitverwaltung").fill("");
    await form.getByLabel("Straße und Hausnummer").fill("Hauptstraße 1");
    await form.getByLabel("Ort", { exact: true }).fill("Köln");
    await country.selectOption("DEU");
    await form.getByRole("button", { name: "Wunschliste erstellen" }).click();
    await expect(page).toHaveURL(/\/dashboard\/registries\/\d+$/);
    await expect(page.getByText("Wunschliste erstellt")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Hochzeit von Jonas & Lea" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Geschenke (0)" })).toBeVisible();
    await hydrated(page);

    // A gift of their own: a bad price is refused at the field, in German.
    const own = page.getByRole("form", { name: "Eigenes Geschenk hinzufügen" });
    await own.getByLabel("Name des Geschenks").fill("Wasserkocher");
    await own.getByLabel("Preis (USD)").fill("zwanzig");
    await own.getByRole("button", { name: "Geschenk hinzufügen" }).click();
    await expect(own.getByText("Gib einen Preis wie 24.99 ein")).toBeVisible();
    await own.getByLabel("Preis (USD)").fill("49.90");
    await own.getByRole("button", { name: "Geschenk hinzufügen" }).click();
    await expect(page.getByText("„Wasserkocher“ wurde deiner Wunschliste hinzugefügt")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Geschenke (1)" })).toBeVisible();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Wasserkocher" }) });
    await expect(row.getByText("0 von 1 gekauft")).toBeVisible();
    await expect(row.getByText("49,90 $")).toBeVisible(); // the price in German number format

    await page.getByRole("link", { name: "Details bearbeiten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "„Hochzeit von Jonas & Lea“ bearbeiten" })).toBeVisible();
    await hydrated(page);
    const edit = page.getByRole("form", { name: "Wunschliste bearbeiten" });
    await edit.getByLabel("Titel").fill("");
    await edit.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(edit.getByText("Gib deiner Wunschliste einen Titel")).toBeVisible();
    await edit.getByLabel("Titel").fill("Unsere Hochzeit");
    await edit.getByLabel("Sprache für deine Gäste").selectOption("de");
    await edit.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByText("Änderungen gespeichert")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Unsere Hochzeit" })).toBeVisible();
    expect((await db.registry.findFirstOrThrow({ where: { email } })).language).toBe("de");
  });
});

test("a French registry's co-registrant invitation is in French; the invitee signs up in French and gets a French welcome", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const ownerEmail = `${unique("camille")}@example.com`;
  const coEmail = `${unique("lea")}@example.com`;
  const owner = await db.user.create({
    data: { email: ownerEmail, firstName: "Camille", lastName: "Martin", passwordHash: await hash("un-bon-mot-de-passe-1") },
  });
  const registry = await db.registry.create({
    data: {
      slug: unique("fr")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: "Notre mariage",
      language: "fr",
      currency: "EUR",
      ownerId: owner.id,
      firstName: "Camille",
      lastName: "Martin",
      email: ownerEmail,
      coFirstName: "Léa",
      coLastName: "Dubois",
      coEmail,
      searchName: "camille martin\nléa dubois",
      searchEmail: `${ownerEmail}\n${coEmail}`,
    },
  });
  // The owner's own browser is in English: the invitation follows the registry's language.
  await signIn(page, ownerEmail, "un-bon-mot-de-passe-1");
  await gotoReady(page, `/dashboard/registries/${registry.id}`);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invited ${coEmail} — not joined yet.`)).toBeVisible();
  const link = await mailedLink(coEmail, "co-registrant-invite", "/accept-invitation");
  const invite = await db.emailMessage.findFirstOrThrow({ where: { to: coEmail, kind: "co-registrant-invite" } });
  expect(invite.subject).toBe("Camille Martin vous invite à gérer « Notre mariage »");
  expect(invite.text).toContain("Connectez-vous ou créez un compte avec cette adresse e-mail, puis acceptez.");
  expect(invite.text).toContain("expire dans 14 jours");
  expect(invite.html).toContain('<html lang="fr">');

  const context = await browser.newContext({ locale: "fr-FR" });
  const lea = await context.newPage();
  await gotoReady(lea, link);
  await expect(lea.getByRole("heading", { level: 1, name: "Invitation à co-gérer une liste" })).toBeVisible();
  await expect(lea.getByText(`Camille Martin a invité ${coEmail} à gérer ensemble la liste « Notre mariage ».`)).toBeVisible();
  await lea.getByRole("link", { name: "Créer un compte" }).click();
  await lea.waitForURL(/\/sign-up\?callbackUrl=/);
  await hydrated(lea);
  const form = lea.getByRole("form", { name: "S’inscrire" });
  await form.getByLabel("Prénom").fill("Léa");
  await form.getByLabel("Nom", { exact: true }).fill("Dubois");
  await form.getByLabel("E-mail").fill(coEmail);
  await form.getByLabel("Mot de passe", { exact: true }).fill("un-autre-mot-de-passe-2");
  await form.getByLabel("Confirmez le mot de passe").fill("un-autre-mot-de-passe-3");
  await form.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(form.getByText("Les mots de passe ne correspondent pas")).toBeVisible();
  await form.getByLabel("Confirmez le mot de passe").fill("un-autre-mot-de-passe-2");
  await form.getByRole("button", { name: "Créer mon compte" }).click();
  await lea.waitForURL(/\/accept-invitation\?token=/);
  await hydrated(lea);
  // The confirmation email (welcome) in the language of her sign-up.
  await expect
    .poll(async () => (await db.emailMessage.findFirst({ where: { to: coEmail, kind: "welcome" } }))?.subject)
    .toBe("Bienvenue sur Wishwell, Léa");
  const mail = await db.emailMessage.findFirstOrThrow({ where: { to: coEmail, kind: "welcome" } });
  expect(mail.text).toContain(
    "Confirmez qu’il s’agit bien de votre adresse e-mail. Le lien ne fonctionne qu’une fois et expire dans 48 heures.",
  );
  expect(mail.text).toMatch(/Confirmer mon adresse: https?:\/\/\S+\/confirm-email\?token=/);
  await lea.getByRole("button", { name: "Accepter l’invitation" }).click();
  await expect(lea).toHaveURL(new RegExp(`/dashboard/registries/${registry.id}$`));
  await expect(lea.getByRole("heading", { name: "Cadeaux (0)" })).toBeVisible();
  await context.close();
});

test("the footer's language chooser switches the dashboard too", async ({ page }) => {
  await signIn(page, "alex@example.com");
  await gotoReady(page, "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "My registries" })).toBeVisible();
  await page.getByLabel("Language", { exact: true }).selectOption("es");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mis listas" })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("#main").getByRole("link", { name: "Crear una lista" })).toBeVisible();
  await page.getByLabel("Idioma", { exact: true }).selectOption("fr");
  await page.getByRole("button", { name: "Cambiar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes listes" })).toBeVisible();
});
