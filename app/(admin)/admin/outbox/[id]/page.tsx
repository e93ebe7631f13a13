import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { findEmail } from "@/lib/data/outbox";
import { parseId } from "@/lib/validations/id";

export const metadata: Metadata = { title: "Email" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/outbox");
  const id = parseId((await params).id);
  const m = id ? await findEmail(id) : null;
  if (!m) notFound();
  return (
    <article className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/outbox" className="text-brand-700 underline">
          ← Outbox
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">{m.subject}</h1>
      <p className="text-sm text-muted">
        To {m.to} · {m.status.toLowerCase()} · queued {m.createdAt.toISOString()}
      </p>
      {/* The plain-text part: shows exactly what was sent without rendering email HTML inside the admin app. */}
      <pre className="whitespace-pre-wrap rounded-xl border border-gray-200 bg-white p-4 text-sm">{m.text}</pre>
    </article>
  );
}
