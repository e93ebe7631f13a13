import { requireUser } from "@/lib/authz";
import { ToastProvider } from "@/components/ui/toast";
import { RegistrantIntl } from "@/components/layout/registrant-intl";

// Every page below /dashboard requires a signed-in, active user (checked again in each action).
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requireUser("/dashboard");
  // The toasts live here, so "Registry deleted" still shows after the move back to /dashboard.
  return (
    <RegistrantIntl>
      <ToastProvider>{children}</ToastProvider>
    </RegistrantIntl>
  );
}
