"use client";
// The one form pattern: react-hook-form with zodResolver over the action's own zod schema; the
// server action parses the same raw input with the same schema again. Server field errors land at
// their fields (setError), the outcome in one form-level message, and submit waits while pending.
// useRun is the same result handling for field-less buttons ("Delete", "Resend"); `outcome` is the
// one function that turns an action result into what the user sees. tests/forms/coverage.test.ts
// keeps every other component on these two hooks.
import { useRouter } from "next/navigation";
import { useState, useTransition, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";

export type FormMessage = { text: string; tone: "error" | "success" };
/** What a success says: a text (a confirmation), a full message (a success that reports failures), or nothing. */
export type SuccessMessage<T> = string | ((data: T) => string | FormMessage | null | undefined);

/** The one place an action result becomes a form-level message and field errors. */
export function outcome<T>(
  r: ActionResult<T>,
  success?: SuccessMessage<T>,
): { message: FormMessage | null; fieldErrors: Record<string, string> } {
  if (!r.ok) return { message: { text: r.error, tone: "error" }, fieldErrors: r.fieldErrors ?? {} };
  const said = typeof success === "function" ? success(r.data) : success;
  return { message: typeof said === "string" ? { text: said, tone: "success" } : (said ?? null), fieldErrors: {} };
}

export type ActionFormOptions<S extends z.ZodType<FieldValues, FieldValues>, T> = {
  defaultValues?: DefaultValues<z.input<S>>;
  /** Sent with the fields and checked by the same schema, read at submit: ids, an operation, lines kept outside the fields. */
  values?: Partial<z.input<S>>;
  onSuccess?: (data: T) => void;
  /** After a failure, with the server's field errors (already set at their fields) and the whole answer. */
  onFailure?: (fieldErrors: Record<string, string>, failure: Extract<ActionResult<T>, { ok: false }>) => void;
  /** The form-level confirmation after a success. */
  success?: SuccessMessage<T>;
  /** Ask first (window.confirm); nothing is sent unless the user agrees. A function is asked at submit (no question: undefined). */
  confirm?: string | (() => string | undefined);
  /** After a success: back to the default values (the native defaults for uncontrolled fields). */
  reset?: boolean;
  /** router.refresh() so server components show the change: after a success, or "always" (a failure can mean the data moved on). */
  refresh?: boolean | "always";
};

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: ActionFormOptions<S, T> = {},
) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [data, setData] = useState<T | null>(null); // what the last submit returned, if it succeeded
  const [pending, startTransition] = useTransition();

  // The client check passed; the server gets the raw input and parses it again with the same schema
  // (sending zod's transformed output would be parsed twice).
  const send = form.handleSubmit(() => {
    const question = typeof options.confirm === "function" ? options.confirm() : options.confirm;
    if (question && !window.confirm(question)) return;
    setMessage(null);
    setData(null);
    const raw = form.getValues();
    startTransition(async () => {
      const result = await action(raw);
      const { message, fieldErrors } = outcome(result, options.success);
      for (const [field, text] of Object.entries(fieldErrors)) form.setError(field as Path<z.input<S>>, { type: "server", message: text });
      setMessage(message);
      if (result.ok) {
        setData(result.data);
        if (options.reset) form.reset();
        options.onSuccess?.(result.data);
      } else options.onFailure?.(fieldErrors, result);
      if (options.refresh === "always" || (options.refresh && result.ok)) router.refresh();
    });
  });
  const onSubmit = (e?: BaseSyntheticEvent) => {
    for (const [name, value] of Object.entries(options.values ?? {}))
      form.setValue(name as Path<z.input<S>>, value as PathValue<z.input<S>, Path<z.input<S>>>);
    return send(e);
  };

  return {
    form,
    onSubmit,
    pending,
    message,
    data,
    formError: message?.tone === "error" ? message.text : null,
    errors: form.formState.errors,
  };
}

/** A field-less button's action ("Delete", "Resend"): the same result handling, no fields to check. */
export function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<FormMessage | null>(null);
  const run = <T>(action: () => Promise<ActionResult<T>>, onOk?: (data: T) => void) =>
    start(async () => {
      const r = await action();
      setMessage(outcome(r).message);
      if (!r.ok) return;
      onOk?.(r.data);
      router.refresh();
    });
  return { run, pending, error: message?.tone === "error" ? message.text : null, clear: () => setMessage(null) };
}
