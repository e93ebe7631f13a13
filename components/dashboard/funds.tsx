"use client";
// The couple's cash funds: add or edit one, close or reopen it, remove one nobody gave to, and see
// the contributions (names only when surprise mode allows — the server leaves them out otherwise),
// ticking each as received when the money arrives.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { createFundAction, markContributionAction, removeFundAction, setFundActiveAction, updateFundAction } from "@/lib/actions/funds";
import { removeFundPhotoAction, setFundPhotoAction } from "@/lib/actions/photos";
import { photoSource } from "@/lib/images/variants";
import { PhotoField } from "@/components/ui/photo-field";
import { fundEditSchema, fundSchema } from "@/lib/validations/funds";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { useFormErrors } from "@/components/ui/use-form-errors";
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
  const t = useTranslations("funds");
  const fe = useFormErrors();
  return (
    <>
      <TextField label={t("name")} placeholder={t("namePlaceholder")} error={fe(errors.title?.message)} {...register("title")} />
      <TextArea label={t("story")} hint={t("storyHint")} error={fe(errors.story?.message)} {...register("story")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("goal", { currency })}
          inputMode="decimal"
          hint={t("goalHint")}
          error={fe(errors.goal?.message)}
          {...register("goal")}
        />
        <TextField
          label={t("suggested")}
          placeholder="25 50 100"
          hint={t("suggestedHint")}
          error={fe(errors.suggested?.message)}
          {...register("suggested")}
        />
      </div>
      <TextField
        label={t("paymentLink")}
        type="url"
        placeholder="https://paypal.me/you"
        hint={t("paymentLinkHint")}
        error={fe(errors.paymentLink?.message)}
        {...register("paymentLink")}
      />
      <TextArea
        label={t("transfer")}
        hint={t("transferHint")}
        error={fe(errors.transferDetails?.message)}
        {...register("transferDetails")}
      />
    </>
  );
}

export function NewFundForm({ registryId, currency }: { registryId: number; currency: string }) {
  const t = useTranslations("funds");
  const fe = useFormErrors();
  const { form, onSubmit, pending, message, errors } = useActionForm(fundSchema, createFundAction, {
    defaultValues: { registryId, ...EMPTY },
    values: { currency },
    success: t("added"),
    reset: true,
    refresh: true,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("addLabel")}>
      <FormAlert message={fe(message?.text)} tone={message?.tone} />
      <FundFields register={form.register as unknown as UseFormRegister<FundValues>} errors={errors} currency={currency} />
      <Button type="submit" disabled={pending}>
        {t("add")}
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
  const t = useTranslations("funds");
  const fe = useFormErrors();
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
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("editLabel", { title: fund.title })}>
      <FormAlert message={fe(formError)} />
      <FundFields register={form.register as unknown as UseFormRegister<FundValues>} errors={errors} currency={currency} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

export function FundList({ registryId, funds, currency }: { registryId: number; funds: OwnerFund[]; currency: string }) {
  const [editing, setEditing] = useState<number | null>(null);
  const { run, pending, error } = useRun();
  const photoRun = useRun();
  const t = useTranslations("funds");
  if (funds.length === 0) return <p className="text-muted">{t("none")}</p>;
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
                      {f.active ? null : <span className="ms-2 rounded bg-gray-100 px-2 py-0.5 text-xs font-normal">{t("closed")}</span>}
                    </h3>
                    <p className="text-sm">{f.progress}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Button variant="secondary" disabled={pending} onClick={() => setEditing(f.id)}>
                      {t("edit")}
                      <span className="sr-only"> {f.title}</span>
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() => run(() => setFundActiveAction({ registryId, fundId: f.id, active: !f.active }))}
                    >
                      {f.active ? t("close") : t("reopen")}
                      <span className="sr-only"> {f.title}</span>
                    </Button>
                    {f.contributions.length === 0 ? (
                      <Button
                        variant="danger"
                        disabled={pending}
                        onClick={() =>
                          window.confirm(t("removeConfirm", { title: f.title })) &&
                          run(() => removeFundAction({ registryId, fundId: f.id }))
                        }
                      >
                        {t("remove")}
                        <span className="sr-only"> {f.title}</span>
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
                    aria-label={t("progressLabel", { title: f.title })}
                  >
                    <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${f.pct}%` }} />
                  </div>
                ) : null}
                <PhotoField
                  label={t("photo", { title: f.title })}
                  hint={t("photoHint")}
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
              <ul className="divide-y divide-gray-200 text-sm" aria-label={t("contributionsTo", { title: f.title })}>
                {f.contributions.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <span className="font-semibold">{c.amount}</span> · {c.name ?? t("surpriseGuest")}
                      {c.name && c.anonymous ? ` ${t("hidden")}` : ""} · {c.date}
                      {c.email ? <span className="block text-xs text-muted break-all">{c.email}</span> : null}
                      {c.message ? <span className="block italic break-words">“{c.message}”</span> : null}
                    </div>
                    {c.status === "REFUNDED" ? (
                      <span className="text-muted">{t("refunded")}</span>
                    ) : (
                      <ReceivedCheckbox
                        label={t("receivedLabel", { amount: c.amount, name: c.name ?? t("aGuest") })}
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
  const t = useTranslations("funds");
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
      {t("received")}
    </label>
  );
}
