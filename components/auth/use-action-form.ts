"use client";
// Shared glue: react-hook-form + zod on the client, the same schema on the server; server field
// errors land at their fields, other failures in one alert.
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: T) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The client check passed; the server gets the raw input and parses it again with the same schema
  // (sending zod's transformed output would be parsed twice).
  const onSubmit = form.handleSubmit(() => {
    setFormError(null);
    const raw = form.getValues();
    startTransition(async () => {
      const result = await action(raw);
      if (result.ok) return options.onSuccess?.(result.data);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
        form.setError(field as Path<z.input<S>>, { type: "server", message });
      setFormError(result.error);
    });
  });

  return { form, onSubmit, pending, formError, errors: form.formState.errors };
}
