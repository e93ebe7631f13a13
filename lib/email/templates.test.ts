import { describe, expect, it } from "vitest";
import { coRegistrantInviteEmail, giftBoughtEmail, passwordResetEmail, welcomeEmail } from "./templates";

describe("emails to registrants in their language", () => {
  it("invites a co-registrant in the registry's language (French), plural days by ICU", () => {
    const e = coRegistrantInviteEmail({
      ownerName: "Camille",
      registryTitle: "Notre mariage",
      url: "https://x.test/a",
      days: 14,
      locale: "fr",
    });
    expect(e.subject).toBe("Camille vous invite à gérer « Notre mariage »");
    expect(e.text).toContain("expire dans 14 jours");
    expect(e.text).toContain("Accepter l’invitation: https://x.test/a");
    expect(e.html).toContain('<html lang="fr">');
  });

  it("welcomes and confirms in the sign-up's language; one hour is singular", () => {
    const de = welcomeEmail("Jonas", "https://x.test/c", 1, "de");
    expect(de.subject).toBe("Willkommen bei Wishwell, Jonas");
    expect(de.text).toContain("läuft in 1 Stunde ab");
    expect(passwordResetEmail("https://x.test/r", 30, "es").text).toContain("caduca en 30 minutos");
  });

  it("keeps English by default, with the unsubscribe line in the email's language", () => {
    const en = giftBoughtEmail({
      registryTitle: "Our day",
      surprise: false,
      buyerName: "Lee",
      items: "1 × Kettle",
      bought: 2,
      requested: 4,
      dashboardUrl: "https://x.test/d",
      unsubscribeUrl: "https://x.test/u",
    });
    expect(en.text).toContain("2 of 4 gifts on your registry are now bought.");
    expect(en.text).toContain("Unsubscribe: https://x.test/u");
    const de = giftBoughtEmail({
      registryTitle: "Unser Tag",
      surprise: true,
      buyerName: "Lee",
      items: "",
      bought: 1,
      requested: 1,
      dashboardUrl: "https://x.test/d",
      unsubscribeUrl: "https://x.test/u",
      locale: "de",
    });
    expect(de.text).toContain("1 von 1 Geschenk auf deiner Wunschliste ist jetzt gekauft.");
    expect(de.text).toContain("Abmelden: https://x.test/u");
  });
});
