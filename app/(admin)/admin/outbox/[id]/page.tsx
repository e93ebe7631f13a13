import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { findEmail } from "@/lib/data/outbox";
import { parseId } from "@/lib/validations/id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOutbox"))("emailMeta") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/outbox");
  const id = parseId((await params).id);
  const m = id ? await findEmail(id) : null;
  if (!m) notFound();
  const [t, format] = await Promise.all([getTranslations("adminOutbox"), getFormatter()]);
  return (
    <article className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/outbox" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">{m.subject}</h1>
      <p className="text-sm text-muted">
        {t("facts", {
          to: m.to,
          status: t("status", { status: m.status }),
          when: format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" }),
        })}
      </p>
      {/* The plain-text part: shows exactly what was sent without rendering email HTML inside the admin app. */}
      <pre className="whitespace-pre-wrap rounded-xl border border-gray-200 bg-white p-4 text-sm">{m.text}</pre>
    </article>
  );
}
