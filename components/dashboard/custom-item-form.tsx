"use client";
import { addCustomItemAction } from "@/lib/actions/items";
import { customItemSchema } from "@/lib/validations/registry";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";

export function CustomItemForm({ registryId }: { registryId: number }) {
  const router = useRouter();
  const toast = useToast();
  const empty = { registryId, title: "", price: "", requested: 1, url: "", imageUrl: "", colour: "", size: "", note: "" };
  const { form, onSubmit, pending, formError, errors } = useActionForm(customItemSchema, addCustomItemAction, {
    defaultValues: empty,
    onSuccess: () => {
      toast({ text: `“${form.getValues("title")}” added to your registry` });
      form.reset(empty);
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add your own gift">
      <FormAlert message={formError} />
      <TextField label="Gift name" error={errors.title?.message} {...register("title")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Price" inputMode="decimal" placeholder="24.99" error={errors.price?.message} {...register("price")} />
        <TextField
          label="Quantity wanted"
          type="number"
          min={1}
          inputMode="numeric"
          error={errors.requested?.message}
          {...register("requested")}
        />
        <TextField label="Colour" error={errors.colour?.message} {...register("colour")} />
        <TextField label="Size" error={errors.size?.message} {...register("size")} />
      </div>
      <TextField label="Link to the product" type="url" placeholder="https://" error={errors.url?.message} {...register("url")} />
      <TextField label="Image link" type="url" placeholder="https://" error={errors.imageUrl?.message} {...register("imageUrl")} />
      <TextField label="Note to guests" error={errors.note?.message} {...register("note")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add gift"}
      </Button>
    </form>
  );
}
