import { requireRole } from "@/lib/authz";

// The whole /admin area is for ADMIN users only: checked here on the server, and again in every action and route.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("ADMIN", "/admin");
  return children;
}
