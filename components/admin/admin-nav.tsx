"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** Each section's address and its label's key in messages/*.json "admin.nav". */
export const ADMIN_SECTIONS: [string, string][] = [
  ["/admin", "overview"],
  ["/admin/registries", "registries"],
  ["/admin/reports", "reports"],
  ["/admin/users", "users"],
  ["/admin/orders", "orders"],
  ["/admin/sales", "sales"],
  ["/admin/catalog", "catalog"],
  ["/admin/lists", "lists"],
  ["/admin/credentials", "credentials"],
  ["/admin/audit", "audit"],
  ["/admin/outbox", "outbox"],
];

export function AdminNav() {
  const path = usePathname();
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="border-b border-gray-200">
      <ul className="flex flex-wrap gap-x-1 text-sm font-medium">
        {ADMIN_SECTIONS.map(([href, label]) => {
          const current = href === "/admin" ? path === href : path.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-t-md border-b-2 px-2 py-2 sm:px-3 ${current ? "border-brand-700 text-brand-800" : "border-transparent text-ink hover:border-gray-300 hover:bg-gray-50"}`}
              >
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
