// How a guest's money reaches the couple: the one seam a card processor plugs into later.
// Today there is one provider, "pledge": we take no payment ourselves — the contribution is recorded
// as promised, the guest pays through the couple's own link or bank transfer, the couple marks it received.
import type { ContributionStatus } from "../generated/prisma/enums";

/** What the guest is shown once they pledged (confirmation page and receipt email), never before. */
export type PaymentInstructions = { link: string | null; transfer: string | null };

export interface PaymentProvider {
  /** Stored on each contribution it took (Contribution.provider). */
  readonly id: string;
  /** The status a new contribution starts in: a pledge is only promised; a card charge would be received. */
  readonly initialStatus: ContributionStatus;
  /** How the guest pays the couple after pledging. */
  instructions(fund: { paymentLink: string; transferDetails: string }): PaymentInstructions;
}

export const pledgeProvider: PaymentProvider = {
  id: "pledge",
  initialStatus: "PROMISED",
  instructions: (fund) => ({ link: fund.paymentLink || null, transfer: fund.transferDetails || null }),
};

/** The provider new contributions go through. */
export const paymentProvider = (): PaymentProvider => pledgeProvider;
