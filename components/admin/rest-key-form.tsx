"use client";
// Creates a REST key and shows PrivateKey + Token exactly once (only their hashes are stored).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createRestKeyAction } from "@/lib/actions/admin-credentials";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function RestKeyForm() {
  const router = useRouter();
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [secrets, setSecrets] = useState<{ message: string; privateKey: string; token: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      <form
        method="post"
        aria-label="Create REST API key"
        className="flex max-w-lg flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => {
            const r = await createRestKeyAction({ label });
            setError(r.ok ? undefined : (r.fieldErrors?.label ?? r.error));
            setSecrets(r.ok ? r.data : null);
            if (r.ok) {
              setLabel("");
              router.refresh();
            }
          });
        }}
      >
        <div className="min-w-56 flex-1">
          <TextField label="Key label" name="label" value={label} error={error} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <Button type="submit" disabled={pending}>
          Create key
        </Button>
      </form>
      {secrets ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" role="status">
          <p className="font-semibold">{secrets.message}</p>
          <dl className="grid gap-1 text-sm">
            <dt className="font-semibold">PrivateKey</dt>
            <dd>
              <code data-testid="new-private-key" className="break-all">
                {secrets.privateKey}
              </code>
            </dd>
            <dt className="font-semibold">Token</dt>
            <dd>
              <code data-testid="new-token" className="break-all">
                {secrets.token}
              </code>
            </dd>
          </dl>
          <Button variant="secondary" onClick={() => setSecrets(null)}>
            I have copied them
          </Button>
        </div>
      ) : null}
    </div>
  );
}
