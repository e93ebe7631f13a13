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
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Input name="sku" label="SKU" defaultValue={p?.sku} />
      <Input name="barcode" label="Barcode" defaultValue={p?.barcode} />
      <Input name="name" label="Name" defaultValue={p?.name} />
      <Input name="price" label="Price" inputMode="decimal" placeholder="24.99" defaultValue={p ? (p.priceCents / 100).toFixed(2) : ""} />
      <Input name="colour" label="Colour" defaultValue={p?.colour} />
      <Input name="size" label="Size" defaultValue={p?.size} />
      <Input name="category" label="Category" defaultValue={p?.category} />
      <Input name="imageUrl" label="Image URL" type="url" defaultValue={p?.imageUrl} />
      <Check
        name="active"
        label="Active (registrants can pick it)"
        defaultChecked={p?.active ?? true}
        className="flex items-center gap-2 text-sm font-medium"
      />
    </div>
  );
}
