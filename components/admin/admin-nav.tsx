"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export const ADMIN_SECTIONS: [string, string][] = [
  ["/admin", "Overview"],
  ["/admin/registries", "Registries"],
  ["/admin/reports", "Reports"],
  ["/admin/users", "Users"],
  ["/admin/orders", "Orders"],
  ["/admin/sales", "Sales"],
  ["/admin/catalog", "Catalog"],
  ["/admin/lists", "Occasions & stores"],
  ["/admin/credentials", "API credentials"],
  ["/admin/audit", "Audit log"],
  ["/admin/outbox", "Email outbox"],
];

export function AdminNav() {
  const path = usePathname();
  return (
    <nav aria-label="Admin sections" className="border-b border-gray-200">
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
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
