"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { acceptCoRegistrantInviteAction, resendCoRegistrantInviteAction, revokeCoRegistrantAction } from "@/lib/actions/registry";
import { resendEmailConfirmationAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useRun } from "@/components/ui/use-action-form";
import { useFormErrors } from "@/components/ui/use-form-errors";

/** Owner's buttons on the registry page: send the invitation again, or end the co-registrant's access. */
export function CoRegistrantButtons({
  registryId,
  canResend,
  canRevoke,
  resendLabel,
}: {
  registryId: number;
  canResend: boolean;
  canRevoke: boolean;
  resendLabel: string;
}) {
  const { run, pending, error } = useRun();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const clearNotice = () => setNotice(null);
  return (
    <div className="space-y-3">
      <FormAlert message={fe(error)} />
      <FormAlert tone="success" message={notice} />
      <div className="flex flex-wrap gap-2">
        {canResend ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              clearNotice();
              run(
                () => resendCoRegistrantInviteAction({ registryId }),
                () => setNotice(t("inviteSent")),
              );
            }}
          >
            {resendLabel}
          </Button>
        ) : null}
        {canRevoke ? (
          <Button
            variant="danger"
            disabled={pending}
            onClick={() => {
              clearNotice();
              run(
                () => revokeCoRegistrantAction({ registryId }),
                () => setNotice(t("coRemoved")),
              );
            }}
          >
            {t("removeCo")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The accept button: a click (not the link itself) accepts, so mail scanners that open links change nothing. */
export function AcceptInvitationButton({ token }: { token: string }) {
  const router = useRouter();
  const { run, pending, error } = useRun();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const [id, setId] = useState<number | null>(null);
  return (
    <div className="space-y-3">
      <FormAlert message={fe(error)} />
      <Button
        disabled={pending || id !== null}
        onClick={() =>
          run(async () => {
            const r = await acceptCoRegistrantInviteAction(token);
            if (r.ok) {
              setId(r.data.id);
              router.push(`/dashboard/registries/${r.data.id}`);
            }
            return r;
          })
        }
      >
        {t("acceptInvite")}
      </Button>
    </div>
  );
}

export function ResendConfirmationButton() {
  const { run, pending, error } = useRun();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status">{t("confirmResent")}</p>;
  return (
    <div className="space-y-2">
      <FormAlert message={fe(error)} />
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => resendEmailConfirmationAction(),
            () => setSent(true),
          )
        }
      >
        {t("resendConfirm")}
      </Button>
    </div>
  );
}
