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
  /** The language the email is written in: guests' and the couple's emails the registry's, account emails the request's. */
  locale = "en",
): Email {
  const t = translator(locale, "email");
  const tr = translator(locale, "registrantEmail");
  const body = paragraphs.map((p) => `<p style="margin:0 0 14px;line-height:1.5">${esc(p).replace(/\n/g, "<br>")}</p>`).join("");
  const button = action
    ? `<p style="margin:20px 0"><a href="${esc(action.url)}" style="background:#96372d;color:#ffffff;padding:12px 18px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${esc(action.label)}</a></p>`
    : "";
  const footer = unsubscribeUrl
    ? `<p style="font-size:12px;color:#57606a">${esc(tr("unsubscribeQuestion"))} <a href="${esc(unsubscribeUrl)}" style="color:#57606a">${esc(tr("unsubscribe"))}</a>.</p>`
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
    ...(unsubscribeUrl ? [`${tr("unsubscribe")}: ${unsubscribeUrl}`] : []),
  ].join("\n");
  return { subject: title, html, text };
}

/** Sent on sign-up, in the language of the sign-up page; its button confirms the address (a co-registrant invitation needs the inbox itself). */
export function welcomeEmail(name: string, confirmUrl: string, hours: number, locale = "en") {
  const t = translator(locale, "registrantEmail");
  return layout(
    t("welcomeSubject", { name }),
    [t("welcomeReady"), t("confirmLink", { hours })],
    { label: t("confirmButton"), url: confirmUrl },
    undefined,
    locale,
  );
}

export function emailConfirmEmail(url: string, hours: number, locale = "en") {
  const t = translator(locale, "registrantEmail");
  return layout(
    t("confirmSubject"),
    [t("confirmText", { hours }), t("confirmIgnore")],
    { label: t("confirmButton"), url },
    undefined,
    locale,
  );
}

/** In the registry's language: the invitation is about that registry. */
export function coRegistrantInviteEmail(o: { ownerName: string; registryTitle: string; url: string; days: number; locale?: string }) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "registrantEmail");
  return layout(
    t("inviteSubject", { owner: o.ownerName, title: o.registryTitle }),
    [t("inviteText", { owner: o.ownerName, title: o.registryTitle }), t("inviteHow", { days: o.days }), t("inviteIgnore")],
    { label: t("inviteButton"), url: o.url },
    undefined,
    locale,
  );
}

export function passwordResetEmail(url: string, minutes: number, locale = "en") {
  const t = translator(locale, "registrantEmail");
  return layout(t("resetSubject"), [t("resetText", { minutes }), t("resetIgnore")], { label: t("resetButton"), url }, undefined, locale);
}

export function emailChangeEmail(url: string, locale = "en") {
  const t = translator(locale, "registrantEmail");
  return layout(t("changeSubject"), [t("changeText")], { label: t("confirmButton"), url }, undefined, locale);
}

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

/** Surprise mode: no buyer or item names — only that something was bought and how far along the registry is. In the registry's language. */
export function giftBoughtEmail(o: {
  registryTitle: string;
  surprise: boolean;
  buyerName: string;
  items: string;
  bought: number;
  requested: number;
  dashboardUrl: string;
  unsubscribeUrl: string;
  locale?: string;
}) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "registrantEmail");
  const progress = t("boughtProgress", { bought: o.bought, requested: o.requested });
  const paragraphs = o.surprise ? [t("boughtSurprise"), progress] : [t("boughtBy", { name: o.buyerName, items: o.items }), progress];
  return layout(
    t("boughtSubject", { title: o.registryTitle }),
    paragraphs,
    { label: t("seeRegistry"), url: o.dashboardUrl },
    o.unsubscribeUrl,
    locale,
  );
}

export function thankYouReminderEmail(o: {
  registryTitle: string;
  gifts: number;
  revealed: boolean;
  url: string;
  unsubscribeUrl: string;
  locale?: string;
}) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "registrantEmail");
  return layout(
    t("thanksSubject", { title: o.registryTitle }),
    [t("thanksGifts", { gifts: o.gifts }), o.revealed ? t("thanksRevealed") : t("thanksReveal")],
    { label: t("thanksButton"), url: o.url },
    o.unsubscribeUrl,
    locale,
  );
}

/** The lines come from the caller (lib/data/scheduled-emails.ts), in the same language. */
export function weeklyDigestEmail(o: { name: string; lines: string[]; url: string; unsubscribeUrl: string; locale?: string }) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "registrantEmail");
  return layout(
    t("digestSubject", { name: o.name }),
    [t("digestIntro"), o.lines.join("\n")],
    { label: t("digestButton"), url: o.url },
    o.unsubscribeUrl,
    locale,
  );
}

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

/** To the couple: a guest pledged to a fund, in the registry's language. Surprise mode: no name or message, as for gifts. */
export function contributionNoticeEmail(o: {
  registryTitle: string;
  fundTitle: string;
  surprise: boolean;
  name: string;
  amountCents: number;
  currency: string;
  dashboardUrl: string;
  unsubscribeUrl: string;
  locale?: string;
}) {
  const locale = o.locale ?? "en";
  const t = translator(locale, "registrantEmail");
  const amount = formatMoney(o.amountCents, o.currency, locale);
  return layout(
    t("pledgeSubject", { fund: o.fundTitle }),
    [
      o.surprise ? t("pledgeSurprise", { amount, fund: o.fundTitle }) : t("pledgeBy", { name: o.name, amount, fund: o.fundTitle }),
      t("pledgeHow"),
    ],
    { label: t("seeRegistry"), url: o.dashboardUrl },
    o.unsubscribeUrl,
    locale,
  );
}
