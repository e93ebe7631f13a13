"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { archiveRegistryAction, deleteRegistryAction } from "@/lib/actions/registry";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useRun } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";

export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        await navigator.clipboard?.writeText(url).catch(() => {});
        setCopied(true);
      }}
    >
      {copied ? "Link copied" : "Copy link"}
      <span className="sr-only" aria-live="polite">
        {copied ? "Share link copied to the clipboard" : ""}
      </span>
    </Button>
  );
}

export function RegistryActions({ registryId, archived, canDelete }: { registryId: number; archived: boolean; canDelete: boolean }) {
  const router = useRouter();
  const { run, pending, error } = useRun();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => archiveRegistryAction({ registryId, archived: !archived }),
              () => toast({ text: archived ? "Registry reactivated" : "Registry archived" }),
            )
          }
        >
          {archived ? "Reactivate registry" : "Archive registry"}
        </Button>
        {canDelete && !confirming ? (
          <Button variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
            Delete registry…
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <p id="confirm-delete" className="font-semibold text-red-900">
            Delete this registry and all its items for good?
          </p>
          <div className="mt-3 flex gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                run(
                  () => deleteRegistryAction({ registryId }),
                  () => {
                    toast({ text: "Registry deleted" });
                    router.push("/dashboard");
                  },
                )
              }
            >
              Yes, delete it
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
