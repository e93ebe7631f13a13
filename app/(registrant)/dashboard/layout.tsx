import { requireUser } from "@/lib/authz";

// Every page below /dashboard requires a signed-in, active user (checked again in each action).
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requireUser("/dashboard");
  return children;
}
