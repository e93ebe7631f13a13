"use client";
// A gift's group-gift panel for the couple: turn it on (minimum, the fund whose payment details guests
// use, the date), see who chipped in (names as surprise mode allows), tick money received, and after
// the date decide what happens to money toward a unit that was not covered.
import { useTranslations } from "next-intl";
import { markContributionAction } from "@/lib/actions/funds";
import { resolveGroupGiftAction, setGroupGiftAction } from "@/lib/actions/group-gifts";
import { groupGiftSchema, groupResolveSchema } from "@/lib/validations/funds";
import { withRegistryId } from "@/lib/validations/id";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, TextField } from "@/components/ui/field";
import { ReceivedCheckbox } from "./funds";

export type OwnerGroupGift = {
  itemId: number;
  title: string;
  groupGift: boolean;
  /** Form values: "" or an amount ("25.00"), a fund id or "", a day ("2027-08-01") or "". */
  /** The registry's currency: the minimum is typed in it. */
  currency: string;
  min: string;
  fundId: string;
  deadline: string;
  /** "$320.00 of $800.00 covered toward the next one" or null when off; the default date in words. */
  progress: string | null;
  defaultDeadline: string;
  /** Past its date with money toward a unit not covered: the couple decides. */
  decide: string | null;
  contributions: {
    id: number;
    amount: string;
    status: "PROMISED" | "RECEIVED" | "REFUNDED" | "RELEASED";
    ordered: boolean;
    date: string;
    name: string | null;
    email: string | null;
    message: string | null;
    anonymous: boolean;
  }[];
};

const groupGiftForm = withRegistryId(groupGiftSchema);
const groupResolveForm = withRegistryId(groupResolveSchema);

export function GroupGiftPanel({
  registryId,
  g,
  funds,
}: {
  registryId: number;
  g: OwnerGroupGift;
  funds: { id: number; title: string }[];
}) {
  const id = `group-${g.itemId}`;
  const t = useTranslations("groupGift");
  const tf = useTranslations("funds");
  const fe = useFormErrors();
  const settings = useActionForm(groupGiftForm, setGroupGiftAction, {
    defaultValues: { itemId: g.itemId, currency: g.currency, groupGift: g.groupGift, min: g.min, fundId: g.fundId, deadline: g.deadline },
    values: { registryId },
    refresh: true,
    success: t("saved"),
  });
  const resolve = useActionForm(groupResolveForm, resolveGroupGiftAction, {
    defaultValues: { itemId: g.itemId, outcome: "fund", fundId: funds[0] ? String(funds[0].id) : "" },
    values: { registryId },
    refresh: true,
    confirm: t("confirm"),
  });
  const { run, pending } = useRun();
  const { register, watch } = settings.form;
  const on = watch("groupGift");
  return (
    <details className="mt-3 rounded-lg border border-gray-200 px-3 py-1 text-sm" open={g.groupGift || g.contributions.length > 0}>
      <summary className="cursor-pointer py-1 font-medium">
        {g.progress ? t("summaryOn", { progress: g.progress }) : t("summaryOff")}
      </summary>
      <div className="space-y-3 pb-2">
        {g.decide ? (
          <form
            method="post"
            noValidate
            onSubmit={resolve.onSubmit}
            aria-label={t("decideLabel", { title: g.title })}
            className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p className="font-medium">{g.decide}</p>
            <FormAlert message={fe(resolve.formError)} />
            <fieldset className="space-y-1">
              <legend className="sr-only">{t("whatHappens")}</legend>
              <label className="flex items-center gap-2">
                <input type="radio" value="fund" className="h-5 w-5" {...resolve.form.register("outcome")} disabled={!funds.length} />
                {t("moveToFund")}
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" value="release" className="h-5 w-5" {...resolve.form.register("outcome")} />
                {t("release")}
              </label>
            </fieldset>
            {funds.length ? (
              <SelectField label={t("cashFund")} error={fe(resolve.errors.fundId?.message)} {...resolve.form.register("fundId")}>
                {funds.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <Button type="submit" disabled={resolve.pending}>
              {t("decide")}
            </Button>
          </form>
        ) : null}
        <form
          method="post"
          noValidate
          onSubmit={settings.onSubmit}
          aria-label={t("settingsLabel", { title: g.title })}
          className="space-y-3"
        >
          <FormAlert message={fe(settings.message?.text)} tone={settings.message?.tone} />
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              aria-invalid={settings.errors.groupGift ? true : undefined}
              aria-describedby={settings.errors.groupGift ? `${id}-on-error` : undefined}
              {...register("groupGift")}
            />
            {t("enable")}
          </label>
          {settings.errors.groupGift?.message ? (
            <p id={`${id}-on-error`} className="text-sm font-medium text-red-700" role="alert">
              {fe(settings.errors.groupGift.message)}
            </p>
          ) : null}
          {on ? (
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField
                label={t("min")}
                inputMode="decimal"
                autoComplete="off"
                hint={t("minHint")}
                error={fe(settings.errors.min?.message)}
                {...register("min")}
              />
              <SelectField
                label={t("payThrough")}
                hint={funds.length ? t("payThroughHint") : t("addFundFirst")}
                error={fe(settings.errors.fundId?.message)}
                {...register("fundId")}
              >
                <option value="">{t("chooseFund")}</option>
                {funds.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t("until")}
                type="date"
                hint={t("untilHint", { date: g.defaultDeadline })}
                error={fe(settings.errors.deadline?.message)}
                {...register("deadline")}
              />
            </div>
          ) : null}
          <Button type="submit" variant="secondary" disabled={settings.pending}>
            {t("save")}
          </Button>
        </form>
        {g.contributions.length ? (
          <ul className="divide-y divide-gray-200" aria-label={t("contributionsToward", { title: g.title })} id={id}>
            {g.contributions.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <span className="font-semibold">{c.amount}</span> · {c.name ?? tf("surpriseGuest")}
                  {c.name && c.anonymous ? ` ${tf("hidden")}` : ""} · {c.date}
                  {c.ordered ? ` · ${t("coveredOrdered")}` : ""}
                  {c.email ? <span className="block break-all text-xs text-muted">{c.email}</span> : null}
                  {c.message ? <span className="block break-words italic">“{c.message}”</span> : null}
                </div>
                {c.status === "REFUNDED" || c.status === "RELEASED" ? (
                  <span className="text-muted">{c.status === "REFUNDED" ? tf("refunded") : tf("released")}</span>
                ) : (
                  <ReceivedCheckbox
                    label={tf("receivedLabel", { amount: c.amount, name: c.name ?? tf("aGuest") })}
                    received={c.status === "RECEIVED"}
                    disabled={pending}
                    onChange={(received) => run(() => markContributionAction({ registryId, contributionId: c.id, received }))}
                  />
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
