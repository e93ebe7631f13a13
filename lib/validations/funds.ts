import { msg, vmsg } from "../i18n/validation";
import { z } from "zod";
import { idSchema } from "./id";
import { slugParam } from "./slug";
import { currencyDigits, decimalToMinor, exampleAmount, isCurrency, minorToNumber } from "../format";

/**
 * The smallest and largest contribution and the largest goal, in minor units of the registry's
 * currency: 1.00 to 100,000.00 and 1,000,000 for two-decimal currencies; a yen-like currency keeps the
 * same numbers of its own (larger) unit, a three-decimal one scales up so its limits stay 1 and 100,000.
 * The database column is a 32-bit integer.
 */
export const MIN_CONTRIBUTION_CENTS = 100;
export const MAX_CONTRIBUTION_CENTS = 10_000_000;
export const MAX_GOAL_CENTS = 100_000_000;
export function moneyLimits(currency: string) {
  const k = currencyDigits(currency) > 2 ? 10 ** (currencyDigits(currency) - 2) : 1;
  return { min: MIN_CONTRIBUTION_CENTS * k, max: MAX_CONTRIBUTION_CENTS * k, goal: MAX_GOAL_CENTS * k };
}

/** "50", "50.5" or "1,250.00" as minor units of the currency (USD: cents); null when it is not an amount. */
export function parseAmount(v: string, currency = "USD"): number | null {
  return decimalToMinor(v, currency);
}

/** The registry's currency, sent by the form; the action checks it is still the registry's (lib/data/funds.ts). */
export const currencyField = z.string().refine(isCurrency, "Choose a currency").default("USD");

// Messages are keys ("fundForm", "validation"), worded where they are shown (lib/i18n/validation.ts).
const f = (key: string, values?: Record<string, string | number>) => msg(`fundForm.${key}`, values);
const text = (max: number) => z.string().trim().max(max, vmsg("maxChars", { max }));

const goal = z
  .string()
  .trim()
  .max(20, f("goalLike", { whole: 2500 }));
const suggested = z.string().trim().max(100, f("suggestedMax"));

/**
 * Goal and suggested amounts as minor units of the form's currency, and what is wrong with them (the
 * schema reports the issues at their fields; the action converts with the same function).
 */
export function fundAmounts(v: { goal: string; suggested: string; currency: string }) {
  const lim = moneyLimits(v.currency);
  const show = (minor: number) => minorToNumber(minor, v.currency);
  const issues: { path: "goal" | "suggested"; message: string }[] = [];
  let goal: number | null = null;
  if (v.goal !== "") {
    const g = parseAmount(v.goal, v.currency);
    const like = currencyDigits(v.currency)
      ? f("goalLikeDecimals", { whole: "2500", decimals: exampleAmount(2500, v.currency) })
      : f("goalLike", { whole: "2500" });
    if (g === null) issues.push({ path: "goal", message: like });
    else if (g < lim.min) issues.push({ path: "goal", message: f("goalMin", { min: show(lim.min), currency: v.currency }) });
    else if (g > lim.goal) issues.push({ path: "goal", message: f("goalMax", { max: show(lim.goal), currency: v.currency }) });
    else goal = g;
  }
  let suggested = "";
  if (v.suggested !== "") {
    // Spaces, commas or semicolons between amounts ("25 50 100", "25,50,100"): no thousands separators here.
    const minor = v.suggested
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((p) => parseAmount(p, v.currency));
    if (minor.some((c) => c === null || c < lim.min || c > lim.max))
      issues.push({
        path: "suggested",
        message: f("suggestedRange", { min: show(lim.min), max: show(lim.max) }),
      });
    else if (minor.length > 6) issues.push({ path: "suggested", message: f("suggestedMax") });
    else suggested = [...new Set(minor as number[])].sort((a, b) => a - b).join(",");
  }
  return { goal, suggested, issues };
}
/**
 * A refinement's options so it runs even while another field is wrong (zod skips object checks then),
 * as long as the fields it reads are strings: every message shows at once.
 */
export const whenStrings = (...fields: string[]) => ({
  when: (payload: { value: unknown }) => {
    const v = payload.value as Record<string, unknown> | undefined;
    // A currency only when it is one of ours: Intl throws on a code it does not know.
    return fields.every((f) => typeof v?.[f] === "string" && (f !== "currency" || isCurrency(v[f] as string)));
  },
});
type FundMoney = { goal: string; suggested: string; currency: string };
const moneyIssue = (v: FundMoney, path: "goal" | "suggested") => fundAmounts(v).issues.find((i) => i.path === path)?.message;
const withFundMoney = <S extends z.ZodType<FundMoney>>(schema: S) =>
  schema
    .refine((v) => !moneyIssue(v, "goal"), {
      path: ["goal"],
      error: (i) => moneyIssue(i.input as FundMoney, "goal"),
      ...whenStrings("goal", "currency"),
    })
    .refine((v) => !moneyIssue(v, "suggested"), {
      path: ["suggested"],
      error: (i) => moneyIssue(i.input as FundMoney, "suggested"),
      ...whenStrings("suggested", "currency"),
    });

const paymentLink = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(500, f("linkTooLong"))
    .refine((v) => URL.canParse(v) && new URL(v).protocol === "https:", f("fullLink")),
]);

const fundFields = z.object({
  registryId: idSchema,
  currency: currencyField,
  title: text(120).min(1, f("nameFund")),
  story: text(2000),
  goal,
  suggested,
  paymentLink,
  transferDetails: text(1000),
});
const paidSomehow = (v: { paymentLink: string; transferDetails: string }, ctx: z.RefinementCtx) => {
  if (!v.paymentLink && !v.transferDetails)
    ctx.addIssue({
      code: "custom",
      path: ["paymentLink"],
      message: f("paySomehow"),
    });
};

export const fundSchema = withFundMoney(fundFields.superRefine(paidSomehow));
export type FundInput = z.input<typeof fundSchema>;

export const fundEditSchema = withFundMoney(fundFields.extend({ fundId: idSchema }).superRefine(paidSomehow));
export const fundIdSchema = z.object({ fundId: idSchema });
export const fundActiveSchema = z.object({ fundId: idSchema, active: z.boolean() });

/** The couple's mark on a contribution: the money arrived (or not yet, to undo a wrong tick). */
export const contributionMarkSchema = z.object({ contributionId: idSchema, received: z.boolean() });
export const contributionRefundSchema = z.object({ contributionId: idSchema });

/** What is wrong with a guest's amount in this currency (a message key), or null; `least`: a smaller minimum (a group gift's last amount). */
function contributionIssue(v: { amount: string; currency: string }, least?: number): string | null {
  const lim = moneyLimits(v.currency);
  const min = least ?? lim.min;
  const minor = parseAmount(v.amount, v.currency);
  // An amount in the registry's currency, written the reader's way ({amount, number, money}).
  const show = (m: number) => ({ amount: minorToNumber(m, v.currency), currency: v.currency });
  if (/^-/.test(v.amount.trim()) || (minor !== null && minor < min)) return vmsg("smallestContribution", show(min));
  if (minor === null) return vmsg(currencyDigits(v.currency) ? "amountLikeDecimals" : "amountLikeWhole");
  if (minor > lim.max) return vmsg("largestContribution", show(lim.max));
  return null;
}

/** What a guest gives with: a fund's pledge and a group gift's share alike. */
const contributionFields = {
  slug: slugParam,
  currency: currencyField,
  amount: z.string().trim().min(1, vmsg("enterAmount")).max(20, vmsg("amountLike")),
  name: z
    .string()
    .trim()
    .min(1, vmsg("enterName"))
    .max(100, vmsg("maxChars", { max: 100 })),
  email: z.string().trim().toLowerCase().min(1, vmsg("enterEmail")).max(254, vmsg("emailTooLong")).email(vmsg("validEmail")),
  message: text(1000),
  anonymous: z.boolean(),
};

// Checked with the currency, and even while another field is wrong (`when`), so the amount's
// message shows with the others; the amount becomes minor units once everything is valid.
const withAmount = <S extends z.ZodType<{ amount: string; currency: string }>>(schema: S, least?: number) =>
  schema
    .refine((v) => contributionIssue(v, least) === null, {
      path: ["amount"],
      error: (issue) => contributionIssue(issue.input as { amount: string; currency: string }, least) ?? undefined,
      ...whenStrings("amount", "currency"),
    })
    .transform((v) => ({ ...v, amount: parseAmount(v.amount, v.currency)! }));

export const contributeSchema = withAmount(z.object({ ...contributionFields, fundId: idSchema }));
export type ContributeInput = z.input<typeof contributeSchema>;

/** A guest chipping in toward a group gift: the same fields as a fund's pledge, for an item (its own minimum is checked with the gift). */
export const groupContributeSchema = withAmount(z.object({ ...contributionFields, itemId: idSchema }), 1);
export type GroupContributeInput = z.input<typeof groupContributeSchema>;

/** The couple's group-gift settings of one gift. A date is a day ("2027-07-30"), the end of which is the deadline. */
export const groupGiftSchema = z
  .object({
    itemId: idSchema,
    currency: currencyField,
    groupGift: z.boolean(),
    /** The smallest share, in the registry's currency ("": none). */
    min: z
      .string()
      .trim()
      .max(20, f("minLike", { example: "25" })),
    fundId: z.union([z.literal(""), idSchema]),
    deadline: z.union([
      z.literal(""),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, f("pickDate"))
        // Date.parse rolls 2027-02-31 over to 3 March: the day must come back as written.
        .refine((v) => {
          const t = Date.parse(`${v}T23:59:59Z`);
          return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
        }, f("pickRealDate")),
    ]),
  })
  .superRefine((v, ctx) => {
    if (v.groupGift && v.fundId === "") ctx.addIssue({ code: "custom", path: ["fundId"], message: f("pickPayingFund") });
    if (v.min === "" || !isCurrency(v.currency)) return;
    const min = parseAmount(v.min, v.currency);
    if (min === null) ctx.addIssue({ code: "custom", path: ["min"], message: f("minLike", { example: exampleAmount(2500, v.currency) }) });
    else if (min > moneyLimits(v.currency).max)
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: f("minMax", { max: minorToNumber(moneyLimits(v.currency).max, v.currency), currency: v.currency }),
      });
  });
/** The checked minimum in minor units (0: none). */
export const groupMinOf = (v: { min: string; currency: string }) => (v.min === "" ? 0 : parseAmount(v.min, v.currency)!);
/** The end of the picked day (UTC), or null: 30 days after the event. */
export const deadlineOf = (day: string) => (day === "" ? null : new Date(`${day}T23:59:59Z`));
export type GroupGiftInput = z.input<typeof groupGiftSchema>;

/** After its date: the money toward a group gift goes to a cash fund, or the pledges are released. */
export const groupResolveSchema = z
  .object({
    itemId: idSchema,
    outcome: z.enum(["fund", "release"], { message: f("chooseOutcome") }),
    fundId: z.union([z.literal(""), idSchema]),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "fund" && v.fundId === "") ctx.addIssue({ code: "custom", path: ["fundId"], message: f("pickFund") });
  });
export type GroupResolveInput = z.input<typeof groupResolveSchema>;
