import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listOutbox } from "@/lib/data/outbox";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOutbox"))("metaTitle") };
}

export default async function OutboxPage() {
  await requireRole("ADMIN", "/admin/outbox");
  const [messages, t, format] = await Promise.all([listOutbox(), getTranslations("adminOutbox"), getFormatter()]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{env().SMTP_URL ? t("smtp") : t("noSmtp")}</p>
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
        <table className="min-w-full text-start text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                #
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colQueued")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colTo")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colSubject")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colStatus")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {messages.map((m) => (
              <tr key={m.id}>
                <td className="px-3 py-2">{m.id}</td>
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td className="px-3 py-2">{m.to}</td>
                <td className="px-3 py-2">
                  <Link href={`/admin/outbox/${m.id}`} className="text-brand-700 underline">
                    {m.subject}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {t("status", { status: m.status })}
                  {m.attempts > 1 ? t("attempts", { count: m.attempts }) : ""}
                  {m.lastError ? <span className="block text-xs text-red-800">{m.lastError}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
