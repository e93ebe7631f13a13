import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/authz";
import type { T } from "@/lib/i18n/types";
import { findManagedRegistry } from "@/lib/data/registries";
import { parseId } from "@/lib/validations/id";
import { canSeeBuyers, thankYouCsv, thankYouList } from "@/lib/data/thank-you";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const id = parseId((await params).id);
  const registry = id ? await findManagedRegistry(user, id) : null;
  if (!registry) return new Response("Not found", { status: 404 });
  if (!canSeeBuyers(registry)) return new Response("Reveal your gifts first", { status: 403 });
  // In the language of the page it was downloaded from (the chooser's cookie, else the browser's).
  const [t, locale] = await Promise.all([getTranslations("thankYou") as unknown as Promise<T>, getLocale()]);
  return new Response(thankYouCsv(await thankYouList(registry.id, t, locale), t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="thank-you-list-${registry.id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
