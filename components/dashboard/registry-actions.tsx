"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { archiveRegistryAction, deleteRegistryAction } from "@/lib/actions/registry";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useRun } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";

export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const t = useTranslations("dashboard");
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        await navigator.clipboard?.writeText(url).catch(() => {});
        setCopied(true);
      }}
    >
      {copied ? t("linkCopied") : t("copyLink")}
      <span className="sr-only" aria-live="polite">
        {copied ? t("linkCopiedSr") : ""}
      </span>
    </Button>
  );
}

export function RegistryActions({ registryId, archived, canDelete }: { registryId: number; archived: boolean; canDelete: boolean }) {
  const router = useRouter();
  const { run, pending, error } = useRun();
  const toast = useToast();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-3">
      <FormAlert message={fe(error)} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => archiveRegistryAction({ registryId, archived: !archived }),
              () => toast({ text: archived ? t("reactivated") : t("archivedToast") }),
            )
          }
        >
          {archived ? t("reactivate") : t("archive")}
        </Button>
        {canDelete && !confirming ? (
          <Button variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
            {t("delete")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <p id="confirm-delete" className="font-semibold text-red-900">
            {t("deleteConfirm")}
          </p>
          <div className="mt-3 flex gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                run(
                  () => deleteRegistryAction({ registryId }),
                  () => {
                    toast({ text: t("deleted") });
                    router.push("/dashboard");
                  },
                )
              }
            >
              {t("deleteYes")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("keep")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
