import { requireRole } from "@/lib/authz";
import { AdminNav } from "@/components/admin/admin-nav";

// The whole /admin area is for ADMIN users only: checked here on the server, again in every page
// (layouts do not re-run on client navigation) and in every action.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("ADMIN", "/admin");
  return (
    <div className="space-y-6">
      <AdminNav />
      {children}
    </div>
  );
}
