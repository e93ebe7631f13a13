import { z } from "zod";
import { idSchema } from "./id";
import { slugParam } from "./slug";

/** The smallest and largest contribution, in cents ($1 and $100,000 in the registry's currency). */
export const MIN_CONTRIBUTION_CENTS = 100;
export const MAX_CONTRIBUTION_CENTS = 10_000_000;
/** A goal can be up to $1,000,000 (the database column is a 32-bit integer of cents). */
export const MAX_GOAL_CENTS = 100_000_000;

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
/** "50", "50.5" or "1,250.00" as cents; null when it is not an amount. */
export function parseAmount(v: string): number | null {
  const s = v.trim().replace(/^\$/, "").replace(/,/g, "");
  if (!AMOUNT.test(s)) return null;
  const [whole, frac = ""] = s.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString("en-US")} characters`);

const goal = z
  .string()
  .trim()
  .max(20, "Enter a goal like 2500")
  .transform((v, ctx) => {
    if (v === "") return null;
    const cents = parseAmount(v);
    if (cents === null) ctx.addIssue({ code: "custom", message: "Enter a goal like 2500 or 2500.00" });
    else if (cents < MIN_CONTRIBUTION_CENTS) ctx.addIssue({ code: "custom", message: "A goal must be at least 1.00" });
    else if (cents > MAX_GOAL_CENTS) ctx.addIssue({ code: "custom", message: "A goal can be at most 1,000,000" });
    else return cents;
    return z.NEVER;
  });

const suggested = z
  .string()
  .trim()
  .max(100, "List at most 6 amounts")
  .transform((v, ctx) => {
    if (v === "") return "";
    // Spaces, commas or semicolons between amounts ("25 50 100", "25,50,100"): no thousands separators here.
    const parts = v.split(/[\s,;]+/).filter(Boolean);
    const cents = parts.map(parseAmount);
    if (cents.some((c) => c === null || c < MIN_CONTRIBUTION_CENTS || c > MAX_CONTRIBUTION_CENTS))
      ctx.addIssue({ code: "custom", message: "Use amounts between 1 and 100,000, separated by spaces (like 25 50 100)" });
    else if (cents.length > 6) ctx.addIssue({ code: "custom", message: "List at most 6 amounts" });
    else return [...new Set(cents as number[])].sort((a, b) => a - b).join(",");
    return z.NEVER;
  });

const paymentLink = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(500, "The link is too long")
    .refine(
      (v) => URL.canParse(v) && new URL(v).protocol === "https:",
      "Enter a full link starting with https:// (like https://paypal.me/you)",
    ),
]);

export const fundSchema = z
  .object({
    registryId: idSchema,
    title: text(120, "Name").min(1, "Name the fund"),
    story: text(2000, "The story"),
    goal,
    suggested,
    paymentLink,
    transferDetails: text(1000, "Bank-transfer details"),
  })
  .superRefine((v, ctx) => {
    if (!v.paymentLink && !v.transferDetails)
      ctx.addIssue({
        code: "custom",
        path: ["paymentLink"],
        message: "Add a payment link or bank-transfer details, so guests know how to pay",
      });
  });
export type FundInput = z.input<typeof fundSchema>;

export const fundEditSchema = fundSchema.safeExtend({ fundId: idSchema });
export const fundIdSchema = z.object({ fundId: idSchema });
export const fundActiveSchema = z.object({ fundId: idSchema, active: z.boolean() });

/** The couple's mark on a contribution: the money arrived (or not yet, to undo a wrong tick). */
export const contributionMarkSchema = z.object({ contributionId: idSchema, received: z.boolean() });
export const contributionRefundSchema = z.object({ contributionId: idSchema });

/** An amount a guest gives, in cents: at least `min` (a group gift's last cents may be less than 1.00). */
const amountField = (min: number) =>
  z
    .string()
    .trim()
    .min(1, "Enter an amount")
    .max(20, "Enter an amount like 50")
    .transform((v, ctx) => {
      const cents = parseAmount(v);
      const smallest = `The smallest contribution is ${(min / 100).toFixed(2)}`;
      if (/^-/.test(v)) ctx.addIssue({ code: "custom", message: smallest });
      else if (cents === null) ctx.addIssue({ code: "custom", message: "Enter an amount like 50 or 50.00" });
      else if (cents < min) ctx.addIssue({ code: "custom", message: smallest });
      else if (cents > MAX_CONTRIBUTION_CENTS) ctx.addIssue({ code: "custom", message: "The largest contribution is 100,000.00" });
      else return cents;
      return z.NEVER;
    });

export const contributeSchema = z.object({
  slug: slugParam,
  fundId: idSchema,
  amount: amountField(MIN_CONTRIBUTION_CENTS),
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  email: z.string().trim().toLowerCase().min(1, "Enter your email").max(254, "Email is too long").email("Enter a valid email address"),
  message: text(1000, "The message"),
  anonymous: z.boolean(),
});
export type ContributeInput = z.input<typeof contributeSchema>;

/** A guest chipping in toward a group gift: the same fields as a fund's pledge, for an item. */
export const groupContributeSchema = contributeSchema.omit({ fundId: true }).safeExtend({ itemId: idSchema, amount: amountField(1) });
export type GroupContributeInput = z.input<typeof groupContributeSchema>;

const optionalAmount = z
  .string()
  .trim()
  .max(20, "Enter an amount like 25")
  .transform((v, ctx) => {
    if (v === "") return 0;
    const cents = parseAmount(v);
    if (cents === null) ctx.addIssue({ code: "custom", message: "Enter an amount like 25 or 25.00" });
    else if (cents > MAX_CONTRIBUTION_CENTS) ctx.addIssue({ code: "custom", message: "The smallest amount can be at most 100,000" });
    else return cents;
    return z.NEVER;
  });

/** The couple's group-gift settings of one gift. A date is a day ("2027-07-30"), the end of which is the deadline. */
export const groupGiftSchema = z
  .object({
    itemId: idSchema,
    groupGift: z.boolean(),
    min: optionalAmount,
    fundId: z.union([z.literal(""), idSchema]),
    deadline: z.union([
      z.literal(""),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date")
        // Date.parse rolls 2027-02-31 over to 3 March: the day must come back as written.
        .refine((v) => {
          const t = Date.parse(`${v}T23:59:59Z`);
          return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
        }, "Pick a date that exists"),
    ]),
  })
  .superRefine((v, ctx) => {
    if (v.groupGift && v.fundId === "")
      ctx.addIssue({ code: "custom", path: ["fundId"], message: "Pick the cash fund whose payment details guests use" });
  });
/** The end of the picked day (UTC), or null: 30 days after the event. */
export const deadlineOf = (day: string) => (day === "" ? null : new Date(`${day}T23:59:59Z`));
export type GroupGiftInput = z.input<typeof groupGiftSchema>;

/** After its date: the money toward a group gift goes to a cash fund, or the pledges are released. */
export const groupResolveSchema = z
  .object({
    itemId: idSchema,
    outcome: z.enum(["fund", "release"], { message: "Choose what happens to the money" }),
    fundId: z.union([z.literal(""), idSchema]),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "fund" && v.fundId === "") ctx.addIssue({ code: "custom", path: ["fundId"], message: "Pick a cash fund" });
  });
export type GroupResolveInput = z.input<typeof groupResolveSchema>;
