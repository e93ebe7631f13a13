"use client";
// One form shell for every admin form: collects the fields, calls the server action (which parses
// with the shared zod schema), shows field errors at their inputs and the outcome in one message.
import { useRouter } from "next/navigation";
import { createContext, useContext, useRef, useState, useTransition, type ComponentProps, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, TextArea, TextField } from "@/components/ui/field";

type Result = ActionResult<{ message?: string } | null>;
const ErrorsContext = createContext<Record<string, string>>({});

/** FormData → plain object; a name given several times (checkbox groups) becomes an array. */
export function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const fd = new FormData(form);
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    const all = fd.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || form.querySelector(`[name="${key}"][data-many]`) ? all : all[0];
  }
  return out;
}

export function ActionForm({
  action,
  label,
  submit,
  children,
  className = "space-y-3",
  reset = false,
  variant = "primary",
  confirm,
}: {
  /** Any action: the fields go as strings, which its schema parses (and coerces) on the server. */
  action: (input: never) => Promise<Result>;
  label: string;
  submit: string;
  children?: ReactNode;
  className?: string;
  reset?: boolean;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
}) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  return (
    <form
      ref={ref}
      method="post"
      aria-label={label}
      className={className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const input = formToObject(e.currentTarget);
        start(async () => {
          const r = await action(input as never);
          setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
          setMessage(r.ok ? (r.data?.message ? { text: r.data.message, tone: "success" } : null) : { text: r.error, tone: "error" });
          if (r.ok) {
            if (reset) ref.current?.reset();
            router.refresh();
          }
        });
      }}
    >
      <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? "Working…" : submit}
      </Button>
      {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
    </form>
  );
}

type Named = { name: string; label: string };
export function Input(props: Named & Omit<ComponentProps<typeof TextField>, "error">) {
  return <TextField {...props} error={useContext(ErrorsContext)[props.name]} />;
}
export function Area(props: Named & Omit<ComponentProps<typeof TextArea>, "error">) {
  return <TextArea rows={3} {...props} error={useContext(ErrorsContext)[props.name]} />;
}
export function Select(props: Named & Omit<ComponentProps<typeof SelectField>, "error">) {
  return <SelectField {...props} error={useContext(ErrorsContext)[props.name]} />;
}
export function FieldError({ name }: { name: string }) {
  const error = useContext(ErrorsContext)[name];
  return error ? (
    <p className="text-sm font-medium text-red-700" role="alert">
      {error}
    </p>
  ) : null;
}
