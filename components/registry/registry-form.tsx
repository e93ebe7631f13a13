"use client";
import { CURRENCIES } from "@/lib/format";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { createRegistryAction, updateRegistryAction } from "@/lib/actions/registry";
import { registrySchema, emptyRegistry, type RegistryInput } from "@/lib/validations/registry";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, CountryOptions, TextArea, TextField } from "@/components/ui/field";
import { formatDate } from "@/lib/format";
import { useToast } from "@/components/ui/toast";

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
export const REVEAL_WARNING =
  "Turning surprise mode off shows you right away who gave each gift and what they wrote, before your event. Turn it off?";

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
  const storeOptions = useRef<HTMLDetailsElement>(null);
  const { form, onSubmit, pending, formError, errors } = useActionForm(
    registrySchema,
    (v: RegistryInput) => (registryId ? updateRegistryAction({ ...v, registryId }) : createRegistryAction(v)),
    {
      defaultValues: initial ?? emptyRegistry,
      // Asked at submit, and only when this save would reveal givers who are still hidden.
      confirm: (): string | undefined => (surpriseActive && !form.getValues("surpriseMode") ? REVEAL_WARNING : undefined),
      onSuccess: ({ id }) => {
        toast({ text: registryId ? "Changes saved" : "Registry created" });
        router.push(`/dashboard/registries/${id}`);
        router.refresh();
      },
    },
  );
  const { register, watch } = form;
  const visibility = watch("visibility");
  const surprise = watch("surpriseMode") ?? false;
  const eventDate = watch("eventDate");
  const revealDay = eventDate && !Number.isNaN(Date.parse(`${eventDate}T00:00:00Z`)) ? formatDate(new Date(`${eventDate}T00:00:00Z`)) : "";
  const storeError = STORE_FIELDS.some((f) => errors[f]);
  // A field the couple can't see can't be fixed: open the store options when one of them is wrong.
  useEffect(() => {
    if (storeError && storeOptions.current) storeOptions.current.open = true;
  }, [storeError]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label={registryId ? "Edit registry" : "Create registry"}>
      <FormAlert message={formError} />
      <Fieldset legend="Your registry">
        <TextField label="Title" placeholder="e.g. Alex & Sam’s Wedding" error={errors.title?.message} {...register("title")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Occasion" error={errors.occasionId?.message} {...register("occasionId")}>
            <option value="">Choose…</option>
            {occasions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <TextField label="Event date" type="date" error={errors.eventDate?.message} {...register("eventDate")} />
          <TextField label="Preferred delivery date" type="date" error={errors.deliveryDate?.message} {...register("deliveryDate")} />
          <SelectField
            label="Currency"
            hint="Prices, funds and pledges are in this currency. It can change only until a guest buys or pledges."
            error={errors.currency?.message}
            {...register("currency")}
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c} — {currencyName(c)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Language for your guests"
            hint="Your registry page and the emails guests get use it, unless a guest picks another language."
            error={errors.language?.message}
            {...register("language")}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextArea label="Message to your guests" error={errors.message?.message} {...register("message")} />
        {/* Store back-office details: most couples never need them, so they start folded away. */}
        <details ref={storeOptions} className="rounded-lg border border-gray-200 px-4 py-2">
          <summary className="cursor-pointer py-1 font-medium">Store options</summary>
          <div className="space-y-4 py-3">
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField label="Store (optional)" error={errors.storeId?.message} {...register("storeId")}>
                <option value="">No preference</option>
                {stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Invitation inserts"
                type="number"
                min={0}
                inputMode="numeric"
                hint="How many inserts for your invitations (optional)."
                error={errors.invitationInserts?.message}
                {...register("invitationInserts")}
              />
              <TextField
                label="External identifier (optional)"
                hint="Your store’s reference, if you have one."
                error={errors.externalIdentifier?.message}
                {...register("externalIdentifier")}
              />
            </div>
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...register("exchangeCards")} /> Include exchange cards with gifts
            </label>
          </div>
        </details>
      </Fieldset>

      <Fieldset legend="Co-registrant (optional)" disabled={!canEditCoRegistrant}>
        <p className="text-sm text-muted">
          {canEditCoRegistrant
            ? "Your partner or co-host. We email them an invitation: once they accept it, signed in with this email, they can manage the registry with you (but not delete it). Changing the email or clearing it ends their access."
            : "Only the registry’s owner can change the co-registrant."}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Co-registrant first name" error={errors.coFirstName?.message} {...register("coFirstName")} />
          <TextField label="Co-registrant last name" error={errors.coLastName?.message} {...register("coLastName")} />
        </div>
        <TextField label="Co-registrant email" type="email" error={errors.coEmail?.message} {...register("coEmail")} />
      </Fieldset>

      <Fieldset legend="Delivery address">
        <p className="text-sm text-muted">Where guests’ gifts are shipped. Guests never see it — only your city.</p>
        <TextField
          label="Company (optional)"
          autoComplete="organization"
          error={errors.addrCompany?.message}
          {...register("addrCompany")}
        />
        <TextField label="Street address" autoComplete="address-line1" error={errors.addrStreet?.message} {...register("addrStreet")} />
        <TextField
          label="Street address line 2"
          autoComplete="address-line2"
          error={errors.addrStreet2?.message}
          {...register("addrStreet2")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Suburb" error={errors.addrSuburb?.message} {...register("addrSuburb")} />
          <TextField label="City" autoComplete="address-level2" error={errors.addrCity?.message} {...register("addrCity")} />
          <TextField label="State / region" autoComplete="address-level1" error={errors.addrState?.message} {...register("addrState")} />
          <TextField label="Postcode" autoComplete="postal-code" error={errors.addrPostcode?.message} {...register("addrPostcode")} />
          <SelectField label="Country" error={errors.addrCountry?.message} {...register("addrCountry")}>
            <CountryOptions countries={countries} />
          </SelectField>
          <TextField label="Contact phone" type="tel" autoComplete="tel" error={errors.addrPhone?.message} {...register("addrPhone")} />
        </div>
      </Fieldset>

      <Fieldset legend="Privacy">
        <SelectField label="Who can find this registry" error={errors.visibility?.message} {...register("visibility")}>
          <option value="PUBLIC">Public — anyone can find it by search</option>
          <option value="UNLISTED">Unlisted — only people with the link</option>
          <option value="PRIVATE">Private — link plus an access code</option>
        </SelectField>
        {visibility === "PRIVATE" ? (
          <TextField
            label="Access code"
            hint={hasAccessCode ? "Leave empty to keep the current code." : "Guests enter this code to see your registry."}
            error={errors.accessCode?.message}
            {...register("accessCode")}
          />
        ) : null}
        <div>
          <label className="flex items-center gap-2">
            <input type="checkbox" className="h-5 w-5" aria-describedby="surprise-hint" {...register("surpriseMode")} /> Surprise mode
          </label>
          <p id="surprise-hint" className="mt-1 text-sm text-muted">
            Hide who gave what until your event date{revealDay ? ` (${revealDay})` : ""}. You’ll still see which gifts were bought.
          </p>
          <p aria-live="polite" className="mt-1 text-sm font-medium text-amber-900">
            {surpriseActive && !surprise ? "Saving with surprise mode off shows you who gave each gift right away." : ""}
          </p>
        </div>
      </Fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : registryId ? "Save changes" : "Create registry"}
      </Button>
    </form>
  );
}

const currencyNames = new Intl.DisplayNames(["en"], { type: "currency" });
const currencyName = (code: string) => currencyNames.of(code) ?? code;
