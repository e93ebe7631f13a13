"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Run a server action from a button; keep its error message (and field errors) for display. */
export function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const run = (action: () => Promise<ActionResult<unknown>>, onOk?: () => void) =>
    start(async () => {
      const r = await action();
      if (r.ok) {
        setError(null);
        setFieldErrors({});
        onOk?.();
        router.refresh();
      } else {
        setError(r.error);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  return { run, pending, error, fieldErrors };
}
