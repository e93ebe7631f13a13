"use client";
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
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <Button disabled={pending} onClick={() => run(() => revealBuyersAction({ registryId }))}>
        Reveal who gave what
      </Button>
    </div>
  );
}

export function ThankYouTable({ registryId, entries }: { registryId: number; entries: Entry[] }) {
  const { run, pending, error } = useRun();
  if (entries.length === 0) return <p className="text-muted">No gifts with a buyer yet.</p>;
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
        <table className="min-w-full text-start text-sm">
          <caption className="sr-only">Gifts and their givers</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                Date
              </th>
              <th scope="col" className="px-3 py-2">
                From
              </th>
              <th scope="col" className="px-3 py-2">
                Gifts
              </th>
              <th scope="col" className="px-3 py-2">
                Message
              </th>
              <th scope="col" className="px-3 py-2">
                Thank-you sent
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
                  {e.kind === "offline" ? <span className="block text-xs text-muted">bought elsewhere</span> : null}
                  {e.kind === "fund" ? <span className="block text-xs text-muted">money gift</span> : null}
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
  return (
    <input
      type="checkbox"
      className="h-5 w-5"
      checked={checked}
      disabled={disabled}
      aria-label={`Thank-you sent to ${entry.buyerName}`}
      onChange={(ev) => {
        setChecked(ev.target.checked);
        onChange(ev.target.checked);
      }}
    />
  );
}
