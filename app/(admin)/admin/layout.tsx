import { getLocale, getMessages } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminIntl } from "@/components/admin/admin-intl";

// The whole /admin area is for ADMIN users only: checked here on the server, again in every page
// (layouts do not re-run on client navigation) and in every action. Its client parts get the
// reader's language (the language cookie, else the browser's).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("ADMIN", "/admin");
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <AdminIntl locale={locale} messages={messages}>
      <div className="space-y-6">
        <AdminNav />
        {children}
      </div>
    </AdminIntl>
  );
}
