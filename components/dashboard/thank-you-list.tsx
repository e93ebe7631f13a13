"use client";
import { useTranslations } from "next-intl";
import { revealBuyersAction, setThankYouSentAction } from "@/lib/actions/thank-you";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useRun } from "@/components/ui/use-action-form";
import { useState } from "react";

type Entry = {
  kind: "order" | "offline" | "fund";
  id: number;
  buyerName: string;
  buyerEmail: string;
  gifts: string;
  message: string;
  date: string;
  sent: boolean;
};

export function RevealButton({ registryId }: { registryId: number }) {
  const { run, pending, error } = useRun();
  const t = useTranslations("thankYou");
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <Button disabled={pending} onClick={() => run(() => revealBuyersAction({ registryId }))}>
        {t("reveal")}
      </Button>
    </div>
  );
}

export function ThankYouTable({ registryId, entries }: { registryId: number; entries: Entry[] }) {
  const { run, pending, error } = useRun();
  const t = useTranslations("thankYou");
  if (entries.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
        <table className="min-w-full text-start text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("date")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("from")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("gifts")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("message")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("sent")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {entries.map((e) => (
              <tr key={`${e.kind}-${e.id}`}>
                <td className="px-3 py-2 whitespace-nowrap">{e.date}</td>
                <td className="px-3 py-2">
                  {e.buyerName}
                  <span className="block text-xs text-muted">{e.buyerEmail}</span>
                </td>
                <td className="px-3 py-2">
                  {e.gifts}
                  {e.kind === "offline" ? <span className="block text-xs text-muted">{t("elsewhere")}</span> : null}
                  {e.kind === "fund" ? <span className="block text-xs text-muted">{t("money")}</span> : null}
                </td>
                <td className="px-3 py-2 italic">{e.message}</td>
                <td className="px-3 py-2">
                  <SentCheckbox
                    entry={e}
                    disabled={pending}
                    onChange={(sent) => run(() => setThankYouSentAction({ registryId, kind: e.kind, id: e.id, sent }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Ticks at once; the server confirms in the background (and the list refreshes). */
function SentCheckbox({ entry, disabled, onChange }: { entry: Entry; disabled: boolean; onChange: (sent: boolean) => void }) {
  const [checked, setChecked] = useState(entry.sent);
  const t = useTranslations("thankYou");
  return (
    <input
      type="checkbox"
      className="h-5 w-5"
      checked={checked}
      disabled={disabled}
      aria-label={t("sentTo", { name: entry.buyerName })}
      onChange={(ev) => {
        setChecked(ev.target.checked);
        onChange(ev.target.checked);
      }}
    />
  );
}
