import type { Metadata } from "next";
import { requireRole } from "@/lib/authz";
import { listOccasionsAndStores } from "@/lib/data/admin-lists";
import {
  addListEntryAction,
  moveOccasionAction,
  renameListEntryAction,
  setOccasionCategoriesAction,
  toggleListEntryAction,
} from "@/lib/actions/admin-lists";
import { ActionForm, Input } from "@/components/admin/action-form";
import { Badge, Table, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "Occasions and stores · Admin" };

type Entry = { id: number; name: string; active: boolean; catalogCategories?: string; _count: { registries: number } };

function ListSection({ kind, title, rows }: { kind: "occasion" | "store"; title: string; rows: Entry[] }) {
  const head = ["Name", "Registries", "Status", "Rename", "Activate", ...(kind === "occasion" ? ["Catalog opens on", "Order"] : [])];
  return (
    <section aria-labelledby={`${kind}-h`} className="space-y-3">
      <h2 id={`${kind}-h`} className="text-2xl font-semibold">
        {title}
      </h2>
      <Table caption={title} head={head}>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td className={td}>{r.name}</td>
            <td className={td}>{r._count.registries}</td>
            <td className={td}>{r.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Inactive</Badge>}</td>
            <td className={td}>
              <ActionForm
                action={renameListEntryAction}
                schema="listRename"
                values={{ kind, id: r.id }}
                label={`Rename ${r.name}`}
                submit="Rename"
                variant="secondary"
                className="flex min-w-64 items-end gap-2"
              >
                <Input name="name" label={`New name for ${r.name}`} defaultValue={r.name} />
              </ActionForm>
            </td>
            <td className={td}>
              <ActionForm
                action={toggleListEntryAction}
                schema="listToggle"
                values={{ kind, id: r.id, active: !r.active }}
                label={`${r.active ? "Deactivate" : "Activate"} ${r.name}`}
                submit={r.active ? "Deactivate" : "Activate"}
                variant="secondary"
              />
            </td>
            {kind === "occasion" ? (
              <td className={td}>
                <ActionForm
                  action={setOccasionCategoriesAction}
                  schema="occasionCategories"
                  values={{ id: r.id }}
                  label={`Catalog categories for ${r.name}`}
                  submit="Save"
                  variant="secondary"
                  className="flex min-w-56 items-end gap-2"
                >
                  <Input name="catalogCategories" label={`Categories for ${r.name}`} defaultValue={r.catalogCategories ?? ""} />
                </ActionForm>
              </td>
            ) : null}
            {kind === "occasion" ? (
              <td className={`${td} whitespace-nowrap`}>
                <div className="flex gap-1">
                  {i > 0 ? (
                    <ActionForm
                      action={moveOccasionAction}
                      schema="occasionMove"
                      values={{ id: r.id, direction: "up" }}
                      label={`Move ${r.name} up`}
                      submit="↑ Up"
                      variant="secondary"
                    />
                  ) : null}
                  {i < rows.length - 1 ? (
                    <ActionForm
                      action={moveOccasionAction}
                      schema="occasionMove"
                      values={{ id: r.id, direction: "down" }}
                      label={`Move ${r.name} down`}
                      submit="↓ Down"
                      variant="secondary"
                    />
                  ) : null}
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </Table>
      <ActionForm
        action={addListEntryAction}
        schema="listName"
        values={{ kind }}
        label={`Add ${kind}`}
        submit={`Add ${kind}`}
        reset
        className="flex max-w-md items-end gap-2"
      >
        <Input name="name" label={`New ${kind}`} />
      </ActionForm>
    </section>
  );
}

export default async function AdminLists() {
  await requireRole("ADMIN", "/admin/lists");
  const [occasions, stores] = await listOccasionsAndStores();
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Occasions and stores</h1>
      <p className="text-muted">
        Registrants choose from the active entries, in this order. Deactivating keeps existing registries as they are. “Catalog opens on”:
        the catalog categories, comma-separated, a registry for that occasion shows first (empty: the whole catalog).
      </p>
      <ListSection kind="occasion" title="Occasions" rows={occasions} />
      <ListSection kind="store" title="Stores" rows={stores} />
    </div>
  );
}
