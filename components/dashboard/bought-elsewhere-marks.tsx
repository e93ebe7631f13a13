// Guests' "bought elsewhere" marks with an Undo each: on the registrant's registry page (buyers
// hidden while surprise mode keeps them secret) and on the admin registry view.
import type { BoughtElsewhereMark } from "@/lib/data/bought-elsewhere";
import { undoBoughtElsewhereAction } from "@/lib/actions/items";
import { ActionForm } from "@/components/admin/action-form";

export function BoughtElsewhereMarks({
  registryId,
  marks,
  showBuyers,
}: {
  registryId: number;
  marks: BoughtElsewhereMark[];
  showBuyers: boolean;
}) {
  if (!marks.length) return <p className="text-muted">No gift has been marked as bought elsewhere.</p>;
  return (
    <ul className="space-y-2">
      {marks.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-3 text-sm">
          <span>
            {m.quantity} × {m.item.title} · marked {m.createdAt.toISOString().slice(0, 10)}
            {showBuyers && m.buyerName ? ` by ${m.buyerName}` : ""}
            {m.undoneAt ? ` · undone ${m.undoneAt.toISOString().slice(0, 10)}${m.undoneBy ? ` by ${m.undoneBy.email}` : ""}` : ""}
          </span>
          {m.undoneAt ? null : (
            <ActionForm
              action={undoBoughtElsewhereAction}
              schema="undoBoughtElsewhere"
              values={{ registryId, saleId: m.id }}
              label={`Undo mark ${m.quantity} × ${m.item.title}`}
              submit="Undo"
              variant="secondary"
              className="flex items-center gap-2"
              confirm="Take back this mark? The gift will show as needed again."
            />
          )}
        </li>
      ))}
    </ul>
  );
}
