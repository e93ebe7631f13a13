"use client";
import { CURRENCIES } from "@/lib/format";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { useEffect, useMemo, useRef } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createRegistryAction, updateRegistryAction } from "@/lib/actions/registry";
import { registrySchema, emptyRegistry, type RegistryInput } from "@/lib/validations/registry";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, CountryOptions, TextArea, TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { useFormErrors } from "@/components/ui/use-form-errors";

type Option = { id: number; name: string };
type Props = {
  occasions: Option[];
  stores: Option[];
  countries: { code: string; name: string }[];
  registryId?: number;
  initial?: RegistryInput;
  hasAccessCode?: boolean;
  /** Only the owner changes the co-registrant. */
  canEditCoRegistrant?: boolean;
  /** Surprise mode is on and the givers are not revealed yet: turning it off shows them at once. */
  surpriseActive?: boolean;
};

const STORE_FIELDS = ["storeId", "invitationInserts", "externalIdentifier", "exchangeCards"] as const;

function Fieldset({ legend, children, disabled }: { legend: string; children: React.ReactNode; disabled?: boolean }) {
  return (
    <fieldset disabled={disabled} className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function RegistryForm({
  occasions,
  stores,
  countries,
  registryId,
  initial,
  hasAccessCode,
  canEditCoRegistrant = true,
  surpriseActive = false,
}: Props) {
  const router = useRouter();
  const toast = useToast();
  const t = useTranslations("registryForm");
  const fe = useFormErrors();
  const format = useFormatter();
  const locale = useLocale();
  const currencyNames = useMemo(() => new Intl.DisplayNames([locale], { type: "currency" }), [locale]);
  const storeOptions = useRef<HTMLDetailsElement>(null);
  const { form, onSubmit, pending, formError, errors } = useActionForm(
    registrySchema,
    (v: RegistryInput) => (registryId ? updateRegistryAction({ ...v, registryId }) : createRegistryAction(v)),
    {
      defaultValues: initial ?? emptyRegistry,
      // Asked at submit, and only when this save would reveal givers who are still hidden.
      confirm: (): string | undefined => (surpriseActive && !form.getValues("surpriseMode") ? t("revealWarning") : undefined),
      onSuccess: ({ id }) => {
        toast({ text: registryId ? t("saved") : t("created") });
        router.push(`/dashboard/registries/${id}`);
        router.refresh();
      },
    },
  );
  const { register, watch } = form;
  const visibility = watch("visibility");
  const surprise = watch("surpriseMode") ?? false;
  const eventDate = watch("eventDate");
  const revealDay =
    eventDate && !Number.isNaN(Date.parse(`${eventDate}T00:00:00Z`))
      ? format.dateTime(new Date(`${eventDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
      : "";
  const storeError = STORE_FIELDS.some((f) => errors[f]);
  // A field the couple can't see can't be fixed: open the store options when one of them is wrong.
  useEffect(() => {
    if (storeError && storeOptions.current) storeOptions.current.open = true;
  }, [storeError]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label={registryId ? t("editLabel") : t("createLabel")}>
      <FormAlert message={fe(formError)} />
      <Fieldset legend={t("yourRegistry")}>
        <TextField label={t("title")} placeholder={t("titlePlaceholder")} error={fe(errors.title?.message)} {...register("title")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("occasion")} error={fe(errors.occasionId?.message)} {...register("occasionId")}>
            <option value="">{t("choose")}</option>
            {occasions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <TextField label={t("eventDate")} type="date" error={fe(errors.eventDate?.message)} {...register("eventDate")} />
          <TextField label={t("deliveryDate")} type="date" error={fe(errors.deliveryDate?.message)} {...register("deliveryDate")} />
          <SelectField label={t("currency")} hint={t("currencyHint")} error={fe(errors.currency?.message)} {...register("currency")}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c} — {currencyNames.of(c) ?? c}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("language")} hint={t("languageHint")} error={fe(errors.language?.message)} {...register("language")}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextArea label={t("message")} error={fe(errors.message?.message)} {...register("message")} />
        {/* Store back-office details: most couples never need them, so they start folded away. */}
        <details ref={storeOptions} className="rounded-lg border border-gray-200 px-4 py-2">
          <summary className="cursor-pointer py-1 font-medium">{t("storeOptions")}</summary>
          <div className="space-y-4 py-3">
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField label={t("store")} error={fe(errors.storeId?.message)} {...register("storeId")}>
                <option value="">{t("noPreference")}</option>
                {stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t("inserts")}
                type="number"
                min={0}
                inputMode="numeric"
                hint={t("insertsHint")}
                error={fe(errors.invitationInserts?.message)}
                {...register("invitationInserts")}
              />
              <TextField
                label={t("externalId")}
                hint={t("externalIdHint")}
                error={fe(errors.externalIdentifier?.message)}
                {...register("externalIdentifier")}
              />
            </div>
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...register("exchangeCards")} /> {t("exchangeCards")}
            </label>
          </div>
        </details>
      </Fieldset>

      <Fieldset legend={t("coLegend")} disabled={!canEditCoRegistrant}>
        <p className="text-sm text-muted">{canEditCoRegistrant ? t("coIntro") : t("coOwnerOnly")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("coFirstName")} error={fe(errors.coFirstName?.message)} {...register("coFirstName")} />
          <TextField label={t("coLastName")} error={fe(errors.coLastName?.message)} {...register("coLastName")} />
        </div>
        <TextField label={t("coEmail")} type="email" error={fe(errors.coEmail?.message)} {...register("coEmail")} />
      </Fieldset>

      <Fieldset legend={t("addressLegend")}>
        <p className="text-sm text-muted">{t("addressIntro")}</p>
        <TextField label={t("company")} autoComplete="organization" error={fe(errors.addrCompany?.message)} {...register("addrCompany")} />
        <TextField label={t("street")} autoComplete="address-line1" error={fe(errors.addrStreet?.message)} {...register("addrStreet")} />
        <TextField label={t("street2")} autoComplete="address-line2" error={fe(errors.addrStreet2?.message)} {...register("addrStreet2")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("suburb")} error={fe(errors.addrSuburb?.message)} {...register("addrSuburb")} />
          <TextField label={t("city")} autoComplete="address-level2" error={fe(errors.addrCity?.message)} {...register("addrCity")} />
          <TextField label={t("state")} autoComplete="address-level1" error={fe(errors.addrState?.message)} {...register("addrState")} />
          <TextField
            label={t("postcode")}
            autoComplete="postal-code"
            error={fe(errors.addrPostcode?.message)}
            {...register("addrPostcode")}
          />
          <SelectField label={t("country")} error={fe(errors.addrCountry?.message)} {...register("addrCountry")}>
            <CountryOptions countries={countries} choose={t("choose")} />
          </SelectField>
          <TextField label={t("phone")} type="tel" autoComplete="tel" error={fe(errors.addrPhone?.message)} {...register("addrPhone")} />
        </div>
      </Fieldset>

      <Fieldset legend={t("privacy")}>
        <SelectField label={t("visibility")} error={fe(errors.visibility?.message)} {...register("visibility")}>
          <option value="PUBLIC">{t("public")}</option>
          <option value="UNLISTED">{t("unlisted")}</option>
          <option value="PRIVATE">{t("private")}</option>
        </SelectField>
        {visibility === "PRIVATE" ? (
          <TextField
            label={t("accessCode")}
            hint={hasAccessCode ? t("accessCodeKeep") : t("accessCodeHint")}
            error={fe(errors.accessCode?.message)}
            {...register("accessCode")}
          />
        ) : null}
        <div>
          <label className="flex items-center gap-2">
            <input type="checkbox" className="h-5 w-5" aria-describedby="surprise-hint" {...register("surpriseMode")} /> {t("surprise")}
          </label>
          <p id="surprise-hint" className="mt-1 text-sm text-muted">
            {revealDay ? t("surpriseHintDay", { day: revealDay }) : t("surpriseHint")}
          </p>
          <p aria-live="polite" className="mt-1 text-sm font-medium text-amber-900">
            {surpriseActive && !surprise ? t("surpriseOffNotice") : ""}
          </p>
        </div>
      </Fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : registryId ? t("saveChanges") : t("createButton")}
      </Button>
    </form>
  );
}
