import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** A table that scrolls sideways inside its own box on narrow screens. */
export function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            {head.map((h, i) => (
              <th key={`${h}-${i}`} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </div>
  );
}

export const td = "px-3 py-2 align-top";

/** Previous / next links that keep the other GET parameters: works without JavaScript. */
export function Pager({
  path,
  params,
  page,
  pages,
  total,
}: {
  path: string;
  params: Record<string, unknown>;
  page: number;
  pages: number;
  total: number;
}) {
  const t = useTranslations("admin.table");
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "page") q.set(k, String(v));
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm">
      <span>{t("summary", { total, page: Math.min(page, pages), pages })}</span>
      {page > 1 ? (
        <Link className="text-brand-700 underline" href={href(page - 1)}>
          {t("previous")}
        </Link>
      ) : null}
      {page < pages ? (
        <Link className="text-brand-700 underline" href={href(page + 1)}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

export function Badge({ tone, children }: { tone: "green" | "red" | "gray" | "amber"; children: ReactNode }) {
  const c = {
    green: "bg-green-100 text-green-900",
    red: "bg-red-100 text-red-900",
    gray: "bg-gray-100 text-gray-800",
    amber: "bg-amber-100 text-amber-900",
  }[tone];
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${c}`}>{children}</span>;
}

export const filterInput = "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base";
