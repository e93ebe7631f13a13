// The strings the registrant's and account pages' client components read (forms, toasts, field
// messages), in the request's language; the rest of the catalogue stays on the server.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const NAMESPACES = [
  "auth",
  "dashboard",
  "registryForm",
  "account",
  "formErrors",
  "validation",
  "funds",
  "fundForm",
  "groupGift",
  "thankYou",
  "photos",
  "catalog",
] as const;

export async function RegistrantIntl({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(NAMESPACES.map((n) => [n, messages[n]]))}>{children}</NextIntlClientProvider>;
}
