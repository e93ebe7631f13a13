// Email templates: plain server rendering to HTML and text, in the product's look, readable on a phone.
import { formatMoney } from "../format";
import { translator } from "../i18n/messages";

export type Email = { subject: string; html: string; text: string };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function layout(
  title: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  unsubscribeUrl?: string,
  /** The language the email is written in (guests' emails: the registry's); the rest are English for now. */
  locale = "en",
): Email {
  const t = translator(locale, "email");
  const body = paragraphs.map((p) => `<p style="margin:0 0 14px;line-height:1.5">${esc(p).replace(/\n/g, "<br>")}</p>`).join("");
  const button = action
    ? `<p style="margin:20px 0"><a href="${esc(action.url)}" style="background:#96372d;color:#ffffff;padding:12px 18px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${esc(action.label)}</a></p>`
    : "";
  const footer = unsubscribeUrl
    ? `<p style="font-size:12px;color:#57606a">Don’t want these emails? <a href="${esc(unsubscribeUrl)}" style="color:#57606a">Unsubscribe</a>.</p>`
    : "";
  const html = `<!doctype html><html lang="${esc(locale)}"><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title></head>
<body style="margin:0;background:#fffdfb;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1f2328">
<div style="max-width:560px;margin:0 auto;padding:24px 16px">
<p style="font-family:Georgia,serif;font-size:22px;font-weight:700;color:#96372d;margin:0 0 16px">Wishwell</p>
<h1 style="font-family:Georgia,serif;font-size:22px;margin:0 0 16px">${esc(title)}</h1>${body}${button}
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">${footer}
<p style="font-size:12px;color:#57606a">${esc(t("footer"))}</p></div></body></html>`;
  const text = [
    title,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...(unsubscribeUrl ? [`Unsubscribe: ${unsubscribeUrl}`] : []),
  ].join("\n");
  return { subject: title, html, text };
}

/** Sent on sign-up; its button confirms the address (a co-registrant invitation needs the inbox itself). */
export const welcomeEmail = (name: string, confirmUrl: string, hours: number) =>
  layout(
    `Welcome to Wishwell, ${name}`,
    [
      "Your account is ready. Create a registry, add the gifts you’d love, and share one link with your guests.",
      `Please confirm that this is your email address. The link works once and expires in ${hours} hours.`,
    ],
    { label: "Confirm my email", url: confirmUrl },
  );

export const emailConfirmEmail = (url: string, hours: number) =>
  layout(
    "Confirm your email address",
    [
      `Confirm this address for your Wishwell account. The link works once and expires in ${hours} hours.`,
      "If you didn’t create an account, ignore this email.",
    ],
    { label: "Confirm my email", url },
  );

export const coRegistrantInviteEmail = (o: { ownerName: string; registryTitle: string; url: string; days: number }) =>
  layout(
    `${o.ownerName} invited you to manage “${o.registryTitle}”`,
    [
      `${o.ownerName} added you as co-registrant on the Wishwell registry “${o.registryTitle}”. Accept to add gifts and change its details together.`,
      `Sign in or create an account with this email address, then accept. The link works once and expires in ${o.days} days.`,
      "If you weren’t expecting this, ignore this email: nothing changes.",
    ],
    { label: "Accept the invitation", url: o.url },
  );

export const passwordResetEmail = (url: string, minutes: number) =>
  layout(
    "Reset your Wishwell password",
    [
      `Someone (hopefully you) asked to reset your password. The link works once and expires in ${minutes} minutes.`,
      "If you didn’t ask, ignore this email: your password stays the same.",
    ],
    { label: "Choose a new password", url },
  );

export const emailChangeEmail = (url: string) =>
  layout(
    "Confirm your new email address",
    ["Confirm this address to use it for your Wishwell account. The link works once and expires in an hour."],
    { label: "Confirm my email", url },
  );

type Line = { title: string; quantity: number; unitCents: number };

export function orderConfirmationEmail(o: {
  id: number | string;
  buyerName: string;
  registryTitle: string;
  registryUrl: string;
  lines: Line[];
  totalCents: number;
  currency: string;
  /** The registry's language. */
  locale?: string;
  giftMessage: string;
  /** The guest's own delivery address on one line; absent when the gifts go to the registrant. */
  deliverTo?: string | null;
}) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "email");
  const money = (minor: number) => formatMoney(minor, o.currency, locale);
  const items = o.lines.map((l) => `${l.quantity} × ${l.title} — ${money(l.quantity * l.unitCents)}`).join("\n");
  return layout(
    t("orderSubject", { id: String(o.id), title: o.registryTitle }),
    [
      t("orderThanks", { name: o.buyerName }),
      items,
      t("total", { total: money(o.totalCents) }),
      ...(o.giftMessage ? [t("yourMessage", { message: o.giftMessage })] : []),
      o.deliverTo ? t("deliveryToYou", { address: o.deliverTo }) : t("deliveryToRegistrant"),
    ],
    { label: t("viewRegistry"), url: o.registryUrl },
    undefined,
    locale,
  );
}

export const boughtElsewhereReceipt = (o: {
  buyerName: string;
  title: string;
  quantity: number;
  registryTitle: string;
  registryUrl: string;
}) =>
  layout(
    `Thanks for your gift to ${o.registryTitle}`,
    [`Hi ${o.buyerName}, we’ve noted that you bought ${o.quantity} × ${o.title} elsewhere, so nobody buys it twice.`],
    { label: "View the registry", url: o.registryUrl },
  );

export const orderCancelledEmail = (o: { id: number; buyerName: string; registryTitle: string; registryUrl: string }) =>
  layout(
    `Your order #${o.id} was cancelled`,
    [
      `Hi ${o.buyerName}, the store cancelled your order #${o.id} for ${o.registryTitle}. The gifts are available again if you’d still like to buy them.`,
    ],
    { label: "View the registry", url: o.registryUrl },
  );

/** Surprise mode: no buyer or item names — only that something was bought and how far along the registry is. */
export function giftBoughtEmail(o: {
  registryTitle: string;
  surprise: boolean;
  buyerName: string;
  items: string;
  bought: number;
  requested: number;
  dashboardUrl: string;
  unsubscribeUrl: string;
}) {
  const progress = `${o.bought} of ${o.requested} gifts on your registry are now bought.`;
  const paragraphs = o.surprise
    ? ["Good news: a guest just bought a gift from your registry. We’re keeping the details a surprise.", progress]
    : [`${o.buyerName} bought ${o.items} from your registry.`, progress];
  return layout(
    `A gift was bought from ${o.registryTitle}`,
    paragraphs,
    { label: "See your registry", url: o.dashboardUrl },
    o.unsubscribeUrl,
  );
}

export const thankYouReminderEmail = (o: {
  registryTitle: string;
  gifts: number;
  revealed: boolean;
  url: string;
  unsubscribeUrl: string;
}) =>
  layout(
    `Time for thank-you notes: ${o.registryTitle}`,
    [
      `Your event was a week ago and guests gave ${o.gifts} ${o.gifts === 1 ? "gift" : "gifts"} from your registry.`,
      o.revealed
        ? "Your thank-you list shows who gave what, with their messages, and lets you tick off each note."
        : "Reveal who gave what on your thank-you list, then tick off each note as you send it.",
    ],
    { label: "Open my thank-you list", url: o.url },
    o.unsubscribeUrl,
  );

export const weeklyDigestEmail = (o: { name: string; lines: string[]; url: string; unsubscribeUrl: string }) =>
  layout(
    `Your week on Wishwell, ${o.name}`,
    ["Here is where your registries stand:", o.lines.join("\n")],
    { label: "See my registries", url: o.url },
    o.unsubscribeUrl,
  );

export const adminReportsEmail = (o: { count: number; lines: string[]; url: string; unsubscribeUrl: string }) =>
  layout(
    `${o.count} new guest ${o.count === 1 ? "report" : "reports"} to review`,
    [o.lines.join("\n")],
    { label: "Open the reports queue", url: o.url },
    o.unsubscribeUrl,
  );

/** The guest's receipt for a pledge to a fund, with how to pay (shown nowhere before pledging). */
export function contributionReceiptEmail(o: {
  name: string;
  fundTitle: string;
  registryTitle: string;
  amountCents: number;
  currency: string;
  /** The registry's language. */
  locale?: string;
  message: string;
  payLink: string | null;
  transfer: string | null;
  receiptUrl: string;
}) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "email");
  const amount = formatMoney(o.amountCents, o.currency, locale);
  return layout(
    t("pledgeSubject", { amount, fund: o.fundTitle }),
    [
      t("pledgeThanks", { name: o.name, amount, fund: o.fundTitle, registry: o.registryTitle }),
      t("howToSend"),
      ...(o.payLink ? [t("payOnline", { link: o.payLink })] : []),
      ...(o.transfer ? [t("bankTransfer", { details: o.transfer })] : []),
      ...(o.message ? [t("yourMessage", { message: o.message })] : []),
    ],
    { label: t("seePledge"), url: o.receiptUrl },
    undefined,
    locale,
  );
}

/** To a guest who chipped in toward a group gift the couple resolved after its date: moved to a fund, or released. */
export function groupGiftResolvedEmail(o: {
  name: string;
  giftTitle: string;
  registryTitle: string;
  amountCents: number;
  currency: string;
  fundTitle: string | null;
  registryUrl: string;
}) {
  const amount = formatMoney(o.amountCents, o.currency);
  return layout(
    o.fundTitle ? `Your ${amount} now goes to “${o.fundTitle}”` : `You don’t need to pay your ${amount} pledge`,
    [
      `Hi ${o.name}, “${o.giftTitle}” on ${o.registryTitle} was not fully funded by its date.`,
      o.fundTitle
        ? `The couple moved your pledge of ${amount} to their cash fund “${o.fundTitle}”. Nothing changes for you: send it as before.`
        : `The couple released the pledges: please don’t send your ${amount}. If you already paid, the couple will return it.`,
    ],
    { label: "See the registry", url: o.registryUrl },
  );
}

/** To the couple: a guest pledged to a fund. Surprise mode: no name or message, as for gifts. */
export function contributionNoticeEmail(o: {
  registryTitle: string;
  fundTitle: string;
  surprise: boolean;
  name: string;
  amountCents: number;
  currency: string;
  dashboardUrl: string;
  unsubscribeUrl: string;
}) {
  const amount = formatMoney(o.amountCents, o.currency);
  return layout(
    `You received a contribution to “${o.fundTitle}”`,
    [
      o.surprise
        ? `A guest pledged ${amount} to “${o.fundTitle}”. We’re keeping who it was a surprise.`
        : `${o.name} pledged ${amount} to “${o.fundTitle}”.`,
      "The guest sends the money through your payment link or bank transfer. Mark it received on your registry page when it arrives.",
    ],
    { label: "See your registry", url: o.dashboardUrl },
    o.unsubscribeUrl,
  );
}
