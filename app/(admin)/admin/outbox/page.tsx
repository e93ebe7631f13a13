import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listOutbox } from "@/lib/data/outbox";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Email outbox" };

export default async function OutboxPage() {
  await requireRole("ADMIN", "/admin/outbox");
  const messages = await listOutbox();
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Email outbox</h1>
      <p className="text-muted">
        {env().SMTP_URL
          ? "Sent through the SMTP server in SMTP_URL."
          : "No SMTP_URL is set: messages are written to data/outbox and can be read here."}
      </p>
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                #
              </th>
              <th scope="col" className="px-3 py-2">
                Queued
              </th>
              <th scope="col" className="px-3 py-2">
                To
              </th>
              <th scope="col" className="px-3 py-2">
                Subject
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {messages.map((m) => (
              <tr key={m.id}>
                <td className="px-3 py-2">{m.id}</td>
                <td className="px-3 py-2 whitespace-nowrap">{m.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td className="px-3 py-2">{m.to}</td>
                <td className="px-3 py-2">
                  <Link href={`/admin/outbox/${m.id}`} className="text-brand-700 underline">
                    {m.subject}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {m.status.toLowerCase()}
                  {m.attempts > 1 ? ` (${m.attempts} attempts)` : ""}
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
