"use client";
// useActionForm as a component, for forms written in server pages (the admin pages, the
// bought-elsewhere marks): `schema` names the action's zod schema (form-schemas.ts), `values` are sent
// with the fields (ids, flags), and the fields below register themselves through the form context.
// Without a schema it is a field-less button (a bound action such as "Delete product").
import type { ComponentProps, ReactNode } from "react";
import { FormProvider, get, useController, useFormContext, useFormState, type FieldErrors } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, TextArea, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FORM_SCHEMAS, type FormSchemaName } from "./form-schemas";
import { useFormWords } from "./admin-intl";

type Result = ActionResult<{ message?: string } | null>;
type Fields = Record<string, unknown>;
const NO_FIELDS = z.object({});
const errorAt = (errors: FieldErrors, name: string) => (get(errors, name) as { message?: string } | undefined)?.message;

export function ActionForm({
  action,
  schema,
  values,
  label,
  submit,
  children,
  className = "space-y-3",
  reset = false,
  variant = "primary",
  confirm,
}: {
  /** Gets the fields and `values` as one object, which its schema parses (and coerces) on the server. */
  action: (input: never) => Promise<Result>;
  /** The action's schema, checked before sending; omitted only for a form without fields. */
  schema?: FormSchemaName;
  values?: Record<string, unknown>;
  label: string;
  submit: string;
  children?: ReactNode;
  className?: string;
  reset?: boolean;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
}) {
  const checked = (schema ? FORM_SCHEMAS[schema] : NO_FIELDS) as z.ZodType<Fields, Fields>;
  const { form, onSubmit, pending, message } = useActionForm(checked, action as (input: Fields) => Promise<Result>, {
    values,
    reset,
    confirm,
    refresh: true,
    success: (data) => data?.message,
  });
  const words = useFormWords();
  return (
    <FormProvider {...form}>
      <form method="post" aria-label={label} className={className} noValidate onSubmit={onSubmit}>
        {children}
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? words.working : submit}
        </Button>
        {message ? <FormAlert message={words.resolve(message.text)} tone={message.tone} /> : null}
      </form>
    </FormProvider>
  );
}

/** A field of the enclosing ActionForm: registered with its form, its error shown at it. */
function useField(name: string) {
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  return { ...register(name), error: useFormWords().resolve(errorAt(errors, name)) };
}

type Named = { name: string; label: string };
export function Input(props: Named & Omit<ComponentProps<typeof TextField>, "error">) {
  return <TextField {...props} {...useField(props.name)} />;
}
export function Area(props: Named & Omit<ComponentProps<typeof TextArea>, "error">) {
  return <TextArea rows={3} {...props} {...useField(props.name)} />;
}
export function Select(props: Named & Omit<ComponentProps<typeof SelectField>, "error">) {
  return <SelectField {...props} {...useField(props.name)} />;
}
/** One checkbox: sends true or false. */
export function Check({
  name,
  label,
  className = "flex items-center gap-2 text-sm",
  ...props
}: Named & Omit<ComponentProps<"input">, "type" | "name" | "value">) {
  const { register } = useFormContext();
  return (
    <label className={className}>
      <input type="checkbox" className="h-5 w-5" {...props} {...register(name)} />
      {label}
    </label>
  );
}
/** Several checkboxes under one name: sends the checked options as an array (none checked: []). */
export function Checks({ name, options, defaultValue = [] }: { name: string; options: readonly string[]; defaultValue?: string[] }) {
  const { field } = useController({ name, defaultValue });
  const checked = (field.value ?? []) as string[];
  return options.map((o) => (
    <label key={o} className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="h-5 w-5"
        name={name}
        value={o}
        checked={checked.includes(o)}
        onChange={(e) => field.onChange(e.target.checked ? [...checked, o] : checked.filter((c) => c !== o))}
        onBlur={field.onBlur}
      />
      {o}
    </label>
  ));
}
export function FieldError({ name }: { name: string }) {
  const { errors } = useFormState({ name });
  const error = useFormWords().resolve(errorAt(errors, name));
  return error ? (
    <p className="text-sm font-medium text-red-700" role="alert">
      {error}
    </p>
  ) : null;
}
