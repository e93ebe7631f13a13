import { RegistrantIntl } from "@/components/layout/registrant-intl";

// Sign-in, sign-up and password pages: their forms speak the request's language.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <RegistrantIntl>{children}</RegistrantIntl>;
}
