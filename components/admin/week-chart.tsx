// Units sold per day as plain CSS bars, with the numbers in a table for screen readers.
import { useFormatter, useTranslations } from "next-intl";

export function WeekChart({ days }: { days: { day: Date; units: number }[] }) {
  const t = useTranslations("admin.week");
  const format = useFormatter();
  const max = Math.max(1, ...days.map((d) => d.units));
  const label = (d: Date) => format.dateTime(d, { weekday: "short", day: "numeric" });
  const total = days.reduce((s, d) => s + d.units, 0);
  return (
    <figure className="rounded-xl border border-gray-200 bg-white p-5">
      <figcaption className="mb-4 font-semibold">
        {t.rich("title", { total, big: (chunks) => <span className="text-2xl">{chunks}</span> })}
      </figcaption>
      <div aria-hidden="true" className="flex h-40 items-end gap-2">
        {days.map((d) => (
          <div key={d.day.toISOString()} className="flex h-full flex-1 flex-col items-center justify-end gap-1">
            <span className="text-xs font-semibold">{d.units}</span>
            <div
              className="w-full rounded-t bg-brand-700"
              style={{ height: `${(Math.max(0, d.units) / max) * 100}%`, minHeight: d.units > 0 ? 4 : 1 }}
            />
            <span className="text-xs text-muted">{label(d.day)}</span>
          </div>
        ))}
      </div>
      <table className="sr-only">
        <caption>{t("perDay")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("units")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day.toISOString()}>
              <th scope="row">{label(d.day)}</th>
              <td>{d.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
