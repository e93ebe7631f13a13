import "server-only";
// Time-based emails, queued by the worker. Each marks what it sent in the same transaction, so a
// restart never sends a reminder, digest or summary twice.
import { prisma } from "../db";
import { adminReportsEmail, thankYouReminderEmail, weeklyDigestEmail } from "../email/templates";
import { enqueueEmail } from "./outbox";
import { formatMoney } from "../format";
import { unsubscribeUrl } from "./notify";
import { translator } from "../i18n/messages";

const DAY = 86_400_000;

export async function queueThankYouReminders(baseUrl: string, now = new Date()) {
  const due = await prisma.registry.findMany({
    where: {
      eventDate: { lte: new Date(now.getTime() - 7 * DAY) },
      thankYouReminderSentAt: null,
      owner: { thankYouReminder: true, status: "ACTIVE" },
    },
    select: { id: true, title: true, language: true, surpriseMode: true, revealedAt: true, owner: { select: { id: true, email: true } } },
    take: 100,
  });
  for (const r of due) {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.registry.updateMany({
        where: { id: r.id, thankYouReminderSentAt: null },
        data: { thankYouReminderSentAt: now },
      });
      if (claimed.count !== 1) return;
      const gifts = await tx.order.count({ where: { registryId: r.id, status: { not: "CANCELLED" } } });
      if (gifts === 0) return;
      await enqueueEmail(
        tx,
        "thank-you-reminder",
        r.owner.email,
        thankYouReminderEmail({
          registryTitle: r.title,
          gifts,
          revealed: !r.surpriseMode || !!r.revealedAt,
          url: `${baseUrl}/dashboard/registries/${r.id}/thank-you`,
          unsubscribeUrl: unsubscribeUrl(baseUrl, r.owner.id, "reminder"),
          locale: r.language,
        }),
      );
    });
  }
  return due.length;
}

export async function queueWeeklyDigests(baseUrl: string, now = new Date()) {
  const users = await prisma.user.findMany({
    where: {
      weeklyDigest: true,
      status: "ACTIVE",
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - 7 * DAY) } }],
    },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastDigestAt: true,
      registries: {
        orderBy: { id: "asc" }, // the digest's language: the first registry's
        select: {
          title: true,
          currency: true,
          language: true,
          items: { select: { requested: true, purchased: true, locked: true } },
          // Money pledged this week, to funds and group gifts alike.
          contributions: {
            where: { createdAt: { gt: new Date(now.getTime() - 7 * DAY) }, status: { in: ["PROMISED", "RECEIVED"] } },
            select: { amountCents: true },
          },
        },
      },
    },
    take: 100,
  });
  for (const u of users) {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.user.updateMany({ where: { id: u.id, lastDigestAt: u.lastDigestAt }, data: { lastDigestAt: now } });
      if (claimed.count !== 1 || u.registries.length === 0) return;
      // One email about several registries: in the language of the first (most couples have one).
      const locale = u.registries[0].language;
      const t = translator(locale, "registrantEmail");
      const lines = u.registries.map((r) => {
        const requested = r.items.reduce((s, i) => s + i.requested, 0);
        const bought = r.items.reduce((s, i) => s + i.purchased + i.locked, 0);
        const given = r.contributions.reduce((sum, c) => sum + c.amountCents, 0);
        const money = r.contributions.length
          ? t("digestMoney", { count: r.contributions.length, amount: formatMoney(given, r.currency, locale) })
          : "";
        return `${t("digestLine", { title: r.title, bought, requested })}${money}`;
      });
      await enqueueEmail(
        tx,
        "weekly-digest",
        u.email,
        weeklyDigestEmail({
          name: u.firstName,
          lines,
          url: `${baseUrl}/dashboard`,
          unsubscribeUrl: unsubscribeUrl(baseUrl, u.id, "digest"),
          locale,
        }),
      );
    });
  }
  return users.length;
}

export async function queueAdminReportSummaries(baseUrl: string, now = new Date()) {
  const admins = await prisma.user.findMany({
    where: {
      role: "ADMIN",
      adminDailyReports: true,
      status: "ACTIVE",
      OR: [{ lastAdminSummaryAt: null }, { lastAdminSummaryAt: { lte: new Date(now.getTime() - DAY) } }],
    },
    select: { id: true, email: true, lastAdminSummaryAt: true },
  });
  for (const a of admins) {
    const since = a.lastAdminSummaryAt ?? new Date(now.getTime() - DAY);
    const reports = await prisma.guestReport.findMany({
      where: { createdAt: { gt: since }, status: "OPEN" },
      include: { registry: { select: { title: true } } },
      take: 50,
    });
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.user.updateMany({
        where: { id: a.id, lastAdminSummaryAt: a.lastAdminSummaryAt },
        data: { lastAdminSummaryAt: now },
      });
      if (claimed.count !== 1 || reports.length === 0) return;
      await enqueueEmail(
        tx,
        "admin-reports",
        a.email,
        adminReportsEmail({
          count: reports.length,
          lines: reports.map((r) => `${r.registry.title}: ${r.reason}`),
          url: `${baseUrl}/admin/reports`,
          unsubscribeUrl: unsubscribeUrl(baseUrl, a.id, "admin-reports"),
        }),
      );
    });
  }
  return admins.length;
}
