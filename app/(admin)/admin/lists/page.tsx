import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminLists"))("metaTitle") };
}

type Entry = { id: number; name: string; active: boolean; catalogCategories?: string; _count: { registries: number } };

function ListSection({ kind, title, rows }: { kind: "occasion" | "store"; title: string; rows: Entry[] }) {
  const t = useTranslations("adminLists");
  const head = [
    t("colName"),
    t("colRegistries"),
    t("colStatus"),
    t("colRename"),
    t("colActivate"),
    ...(kind === "occasion" ? [t("colCategories"), t("colOrder")] : []),
  ];
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
            <td className={td}>{r.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="gray">{t("inactive")}</Badge>}</td>
            <td className={td}>
              <ActionForm
                action={renameListEntryAction}
                schema="listRename"
                values={{ kind, id: r.id }}
                label={t("renameLabel", { name: r.name })}
                submit={t("rename")}
                variant="secondary"
                className="flex min-w-64 items-end gap-2"
              >
                <Input name="name" label={t("newName", { name: r.name })} defaultValue={r.name} />
              </ActionForm>
            </td>
            <td className={td}>
              <ActionForm
                action={toggleListEntryAction}
                schema="listToggle"
                values={{ kind, id: r.id, active: !r.active }}
                label={t(r.active ? "deactivateLabel" : "activateLabel", { name: r.name })}
                submit={r.active ? t("deactivate") : t("activate")}
                variant="secondary"
              />
            </td>
            {kind === "occasion" ? (
              <td className={td}>
                <ActionForm
                  action={setOccasionCategoriesAction}
                  schema="occasionCategories"
                  values={{ id: r.id }}
                  label={t("categoriesLabel", { name: r.name })}
                  submit={t("save")}
                  variant="secondary"
                  className="flex min-w-56 items-end gap-2"
                >
                  <Input name="catalogCategories" label={t("categoriesField", { name: r.name })} defaultValue={r.catalogCategories ?? ""} />
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
                      label={t("upLabel", { name: r.name })}
                      submit={t("up")}
                      variant="secondary"
                    />
                  ) : null}
                  {i < rows.length - 1 ? (
                    <ActionForm
                      action={moveOccasionAction}
                      schema="occasionMove"
                      values={{ id: r.id, direction: "down" }}
                      label={t("downLabel", { name: r.name })}
                      submit={t("down")}
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
        label={t("add", { kind })}
        submit={t("add", { kind })}
        reset
        className="flex max-w-md items-end gap-2"
      >
        <Input name="name" label={t("newEntry", { kind })} />
      </ActionForm>
    </section>
  );
}

export default async function AdminLists() {
  await requireRole("ADMIN", "/admin/lists");
  const [[occasions, stores], t] = await Promise.all([listOccasionsAndStores(), getTranslations("adminLists")]);
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <ListSection kind="occasion" title={t("occasions")} rows={occasions} />
      <ListSection kind="store" title={t("stores")} rows={stores} />
    </div>
  );
}
