"use client";
import { useTranslations } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { moveItemAction, removeItemAction, restoreItemAction, updateItemAction } from "@/lib/actions/items";
import { removeItemPhotoAction, setItemPhotoAction } from "@/lib/actions/photos";
import { photoSource } from "@/lib/images/variants";
import { GiftPicture } from "@/components/ui/gift-picture";
import { PhotoField } from "@/components/ui/photo-field";
import { itemUpdateSchema } from "@/lib/validations/registry";
import { withRegistryId } from "@/lib/validations/id";
import { FormAlert } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";

const schema = withRegistryId(itemUpdateSchema); // updateItemAction's own schema

type Item = {
  id: number;
  title: string;
  colour: string;
  size: string;
  priceLabel: string;
  requested: number;
  purchased: number;
  locked: number;
  priority: number;
  note: string;
  /** The uploaded photo's hash ("": none) and the catalog's picture. */
  photo: string;
  imageUrl: string;
  /** In plain words: "2 of 4 bought · 1 on its way · 1 dispatched". */
  status: string;
  /** Guests' orders of this gift, newest first; giver only when surprise mode allows. */
  orders: { orderId: number; date: string; quantity: number; status: "ordered" | "dispatched" | "cancelled"; giver: string | null }[];
};

export function ItemRow({
  registryId,
  item,
  first,
  last,
  children,
}: {
  registryId: number;
  item: Item;
  first: boolean;
  last: boolean;
  /** More about this gift (its group-gift panel), above the row's buttons. */
  children?: React.ReactNode;
}) {
  const { run, pending: moving, error: moveError } = useRun();
  const photoRun = useRun();
  const toast = useToast();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const save = useActionForm(schema, updateItemAction, {
    defaultValues: { requested: String(item.requested), priority: String(item.priority), note: item.note },
    values: { registryId, itemId: item.id },
    refresh: true,
    onSuccess: () => toast({ text: t("itemSaved", { title: item.title }) }),
  });
  // The gift is kept on the server for a while: Undo (run by the toast, as this row is gone by then) puts it back.
  const remove = () =>
    run(
      () => removeItemAction({ registryId, itemId: item.id }),
      ({ title }) =>
        toast({
          text: t("itemRemoved", { title }),
          undo: (undoRun) =>
            undoRun(
              () => restoreItemAction({ registryId, itemId: item.id }),
              (back) => toast({ text: t("itemBack", { title: back.title }) }),
            ),
        }),
    );
  const { register } = save.form;
  const qtyError = fe(save.errors.requested?.message);
  const pending = moving || save.pending;
  const error = fe(moveError ?? (qtyError ? null : save.formError));
  const available = Math.max(0, item.requested - item.purchased - item.locked);
  const id = `item-${item.id}`;
  return (
    <li className="rounded-xl border border-gray-200 bg-white p-4" aria-labelledby={`${id}-title`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex items-start gap-3">
          <GiftPicture photo={item.photo} imageUrl={item.imageUrl} title={item.title} sizes="64px" className="w-16 shrink-0" />
          <div>
            <h3 id={`${id}-title`} className="font-semibold">
              {item.title}
            </h3>
            <p className="text-sm text-muted">{[item.priceLabel, item.colour, item.size].filter(Boolean).join(" · ")}</p>
            <p className="mt-1 text-sm font-medium" data-gift-status>
              {item.status}
            </p>
          </div>
        </div>
        <dl className="grid grid-cols-4 gap-3 text-center text-sm" aria-label={t("countsOf", { title: item.title })}>
          {(
            [
              [t("requested"), item.requested],
              [t("purchased"), item.purchased],
              // Units in guests' orders that haven't shipped yet ("Locked" in the admin area and the APIs).
              [t("onItsWay"), item.locked],
              [t("available"), available],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-muted">{label}</dt>
              <dd className="font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <form method="post" noValidate className="mt-3 grid gap-3 sm:grid-cols-[7rem_10rem_1fr_auto] sm:items-end" onSubmit={save.onSubmit}>
        <div>
          <label htmlFor={`${id}-qty`} className="block text-sm font-medium">
            {t("quantity")}
          </label>
          <input
            id={`${id}-qty`}
            type="number"
            min={0}
            inputMode="numeric"
            aria-invalid={qtyError ? true : undefined}
            aria-describedby={qtyError ? `${id}-qty-error` : undefined}
            {...register("requested")}
            className="mt-1 w-full rounded-md border border-gray-400 px-2 py-2 aria-[invalid=true]:border-red-700"
          />
        </div>
        <div>
          <label htmlFor={`${id}-priority`} className="block text-sm font-medium">
            {t("priority")}
          </label>
          <select id={`${id}-priority`} {...register("priority")} className="mt-1 w-full rounded-md border border-gray-400 px-2 py-2">
            <option value="0">{t("priorityNormal")}</option>
            <option value="1">{t("priorityHigh")}</option>
            <option value="2">{t("priorityMost")}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm font-medium">
            {t("noteToGuests")}
          </label>
          <input
            id={`${id}-note`}
            maxLength={500}
            {...register("note")}
            className="mt-1 w-full rounded-md border border-gray-400 px-2 py-2"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("save")}
        </Button>
      </form>
      {qtyError ? (
        <p id={`${id}-qty-error`} className="mt-2 text-sm font-medium text-red-700">
          {qtyError}
        </p>
      ) : null}
      <div className="mt-2">
        <FormAlert message={error} />
      </div>
      <div className="mt-3">
        <PhotoField
          label={t("photoOf", { title: item.title })}
          hint={t("photoHint")}
          aspect={1}
          current={photoSource(item.photo, "gift")}
          showCurrent={false}
          hideLabel
          alt={item.title}
          pending={photoRun.pending}
          error={fe(photoRun.error) ?? null}
          onSave={(photo, crop, done) => photoRun.run(() => setItemPhotoAction({ registryId, itemId: item.id, photo, crop }), done)}
          onRemove={() => photoRun.run(() => removeItemPhotoAction({ registryId, itemId: item.id }))}
        />
      </div>
      {item.orders.length ? (
        <details className="mt-3 rounded-lg border border-gray-200 px-3 py-1 text-sm">
          <summary className="cursor-pointer py-1 font-medium">{t("ordersForGift", { count: item.orders.length })}</summary>
          <ul className="divide-y divide-gray-100 pb-1" aria-label={t("ordersFor", { title: item.title })}>
            {item.orders.map((o) => (
              <li key={o.orderId} className="flex flex-wrap justify-between gap-x-4 py-1.5">
                <span>
                  {o.date} · {t("giftCount", { count: o.quantity })}
                  {o.giver ? ` · ${t("fromGiver", { giver: o.giver })}` : ""}
                </span>
                <span className={o.status === "cancelled" ? "text-muted" : "font-medium"}>{t("orderStatus", { status: o.status })}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {children}
      <div className="mt-3 flex flex-wrap gap-2 text-sm">
        <Button
          variant="ghost"
          disabled={pending || first}
          onClick={() => run(() => moveItemAction({ registryId, itemId: item.id, direction: "up" }))}
          aria-label={t("moveUp", { title: item.title })}
        >
          ↑ {t("up")}
        </Button>
        <Button
          variant="ghost"
          disabled={pending || last}
          onClick={() => run(() => moveItemAction({ registryId, itemId: item.id, direction: "down" }))}
          aria-label={t("moveDown", { title: item.title })}
        >
          ↓ {t("down")}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={remove} aria-label={t("removeTitle", { title: item.title })}>
          {t("remove")}
        </Button>
      </div>
    </li>
  );
}
