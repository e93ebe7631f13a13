import { useTranslations } from "next-intl";
import { Check, Input } from "./action-form";

type P = {
  sku: string;
  barcode: string;
  name: string;
  priceCents: number;
  colour: string;
  size: string;
  imageUrl: string;
  category: string;
  active: boolean;
};

/** The product form's fields (create and edit share them). */
export function ProductFields({ p }: { p?: P }) {
  const t = useTranslations("adminCatalog.fields");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Input name="sku" label={t("sku")} defaultValue={p?.sku} />
      <Input name="barcode" label={t("barcode")} defaultValue={p?.barcode} />
      <Input name="name" label={t("name")} defaultValue={p?.name} />
      <Input
        name="price"
        label={t("price")}
        inputMode="decimal"
        placeholder="24.99"
        defaultValue={p ? (p.priceCents / 100).toFixed(2) : ""}
      />
      <Input name="colour" label={t("colour")} defaultValue={p?.colour} />
      <Input name="size" label={t("size")} defaultValue={p?.size} />
      <Input name="category" label={t("category")} defaultValue={p?.category} />
      <Input name="imageUrl" label={t("imageUrl")} type="url" defaultValue={p?.imageUrl} />
      <Check name="active" label={t("active")} defaultChecked={p?.active ?? true} className="flex items-center gap-2 text-sm font-medium" />
    </div>
  );
}
