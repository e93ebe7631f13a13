"use client";
// The couple's cash funds: add or edit one, close or reopen it, remove one nobody gave to, and see
// the contributions (names only when surprise mode allows — the server leaves them out otherwise),
// ticking each as received when the money arrives.
import { useState } from "react";
import type { UseFormRegister } from "react-hook-form";
import { createFundAction, markContributionAction, removeFundAction, setFundActiveAction, updateFundAction } from "@/lib/actions/funds";
import { removeFundPhotoAction, setFundPhotoAction } from "@/lib/actions/photos";
import { photoSource } from "@/lib/images/variants";
import { PhotoField } from "@/components/ui/photo-field";
import { fundEditSchema, fundSchema } from "@/lib/validations/funds";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea, TextField } from "@/components/ui/field";

export type OwnerFund = {
  id: number;
  title: string;
  story: string;
  goal: string;
  suggested: string;
  paymentLink: string;
  transferDetails: string;
  active: boolean;
  /** The photo's hash ("": none). */
  photo: string;
  progress: string;
  pct: number | null;
  contributions: {
    id: number;
    amount: string;
    status: "PROMISED" | "RECEIVED" | "REFUNDED" | "RELEASED";
    date: string;
    name: string | null;
    email: string | null;
    message: string | null;
    /** The guest asked other guests not to see their name (the couple always may, surprise mode allowing). */
    anonymous: boolean;
  }[];
};

const EMPTY = { title: "", story: "", goal: "", suggested: "", paymentLink: "", transferDetails: "" };

type FundValues = typeof EMPTY;

function FundFields({
  register,
  errors,
  currency,
}: {
  register: UseFormRegister<FundValues>;
  errors: Partial<Record<keyof FundValues, { message?: string }>>;
  currency: string;
}) {
  return (
    <>
      <TextField label="Name" placeholder="Honeymoon in Lisbon" error={errors.title?.message} {...register("title")} />
      <TextArea
        label="Story (optional)"
        hint="What the money is for, in your words."
        error={errors.story?.message}
        {...register("story")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={`Goal (${currency}, optional)`}
          inputMode="decimal"
          hint="Leave empty for no goal."
          error={errors.goal?.message}
          {...register("goal")}
        />
        <TextField
          label="Suggested amounts (optional)"
          placeholder="25 50 100"
          hint="Up to 6, separated by spaces."
          error={errors.suggested?.message}
          {...register("suggested")}
        />
      </div>
      <TextField
        label="Payment link"
        type="url"
        placeholder="https://paypal.me/you"
        hint="Guests see it only after they pledge."
        error={errors.paymentLink?.message}
        {...register("paymentLink")}
      />
      <TextArea
        label="Bank-transfer details (optional)"
        hint="Account name, IBAN or account number, reference. Guests see them only after they pledge."
        error={errors.transferDetails?.message}
        {...register("transferDetails")}
      />
    </>
  );
}

export function NewFundForm({ registryId, currency }: { registryId: number; currency: string }) {
  const { form, onSubmit, pending, message, errors } = useActionForm(fundSchema, createFundAction, {
    defaultValues: { registryId, ...EMPTY },
    values: { currency },
    success: "Fund added.",
    reset: true,
    refresh: true,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a cash fund">
      <FormAlert message={message?.text} tone={message?.tone} />
      <FundFields register={form.register as unknown as UseFormRegister<FundValues>} errors={errors} currency={currency} />
      <Button type="submit" disabled={pending}>
        Add fund
      </Button>
    </form>
  );
}

function EditFundForm({
  registryId,
  fund,
  currency,
  onDone,
}: {
  registryId: number;
  fund: OwnerFund;
  currency: string;
  onDone: () => void;
}) {
  const { form, onSubmit, pending, formError, errors } = useActionForm(fundEditSchema, updateFundAction, {
    defaultValues: {
      registryId,
      fundId: fund.id,
      title: fund.title,
      story: fund.story,
      goal: fund.goal,
      suggested: fund.suggested,
      paymentLink: fund.paymentLink,
      transferDetails: fund.transferDetails,
    },
    values: { currency },
    refresh: true,
    onSuccess: onDone,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Edit ${fund.title}`}>
      <FormAlert message={formError} />
      <FundFields register={form.register as unknown as UseFormRegister<FundValues>} errors={errors} currency={currency} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          Save fund
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const STATUS = { PROMISED: "Promised", RECEIVED: "Received", REFUNDED: "Refunded" } as const;

export function FundList({ registryId, funds, currency }: { registryId: number; funds: OwnerFund[]; currency: string }) {
  const [editing, setEditing] = useState<number | null>(null);
  const { run, pending, error } = useRun();
  const photoRun = useRun();
  if (funds.length === 0) return <p className="text-muted">No cash funds yet. Add one below — a honeymoon, a home, a charity.</p>;
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <ul className="space-y-3">
        {funds.map((f) => (
          <li key={f.id} className="space-y-3 rounded-xl border border-gray-200 bg-white p-4" aria-labelledby={`owner-fund-${f.id}`}>
            {editing === f.id ? (
              <EditFundForm registryId={registryId} fund={f} currency={currency} onDone={() => setEditing(null)} />
            ) : (
              <>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h3 id={`owner-fund-${f.id}`} className="font-semibold break-words">
                      {f.title}
                      {f.active ? null : <span className="ms-2 rounded bg-gray-100 px-2 py-0.5 text-xs font-normal">Closed</span>}
                    </h3>
                    <p className="text-sm">{f.progress}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Button variant="secondary" disabled={pending} onClick={() => setEditing(f.id)}>
                      Edit<span className="sr-only"> {f.title}</span>
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() => run(() => setFundActiveAction({ registryId, fundId: f.id, active: !f.active }))}
                    >
                      {f.active ? "Close" : "Reopen"}
                      <span className="sr-only"> {f.title}</span>
                    </Button>
                    {f.contributions.length === 0 ? (
                      <Button
                        variant="danger"
                        disabled={pending}
                        onClick={() => window.confirm(`Remove “${f.title}”?`) && run(() => removeFundAction({ registryId, fundId: f.id }))}
                      >
                        Remove<span className="sr-only"> {f.title}</span>
                      </Button>
                    ) : null}
                  </div>
                </div>
                {f.pct !== null ? (
                  <div
                    className="h-2.5 rounded-full bg-gray-200"
                    role="progressbar"
                    aria-valuenow={f.pct}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-label={`${f.title}: raised of goal`}
                  >
                    <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${f.pct}%` }} />
                  </div>
                ) : null}
                <PhotoField
                  label={`Photo of ${f.title} (optional)`}
                  hint="Drop a photo here, paste it, or choose a file."
                  aspect={1}
                  current={photoSource(f.photo, "gift")}
                  alt={f.title}
                  pending={photoRun.pending}
                  error={photoRun.error}
                  onSave={(photo, crop, done) => photoRun.run(() => setFundPhotoAction({ registryId, fundId: f.id, photo, crop }), done)}
                  onRemove={() => photoRun.run(() => removeFundPhotoAction({ registryId, fundId: f.id }))}
                />
              </>
            )}
            {f.contributions.length ? (
              <ul className="divide-y divide-gray-200 text-sm" aria-label={`Contributions to ${f.title}`}>
                {f.contributions.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <span className="font-semibold">{c.amount}</span> · {c.name ?? "A guest (surprise mode)"}
                      {c.name && c.anonymous ? " (hidden from other guests)" : ""} · {c.date}
                      {c.email ? <span className="block text-xs text-muted break-all">{c.email}</span> : null}
                      {c.message ? <span className="block italic break-words">“{c.message}”</span> : null}
                    </div>
                    {c.status === "REFUNDED" ? (
                      <span className="text-muted">{STATUS.REFUNDED}</span>
                    ) : (
                      <ReceivedCheckbox
                        label={`${c.amount} from ${c.name ?? "a guest"} received`}
                        received={c.status === "RECEIVED"}
                        disabled={pending}
                        onChange={(received) => run(() => markContributionAction({ registryId, contributionId: c.id, received }))}
                      />
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Ticks at once; the server confirms in the background (and the list refreshes), as the thank-you list's. */
export function ReceivedCheckbox({
  label,
  received,
  disabled,
  onChange,
}: {
  label: string;
  received: boolean;
  disabled: boolean;
  onChange: (received: boolean) => void;
}) {
  const [checked, setChecked] = useState(received);
  return (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        className="h-5 w-5"
        checked={checked}
        disabled={disabled}
        aria-label={label}
        onChange={(e) => {
          setChecked(e.target.checked);
          onChange(e.target.checked);
        }}
      />
      Received
    </label>
  );
}
