// Units sold per day as plain CSS bars, with the numbers in a table for screen readers.
export function WeekChart({ days }: { days: { day: Date; units: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.units));
  const label = (d: Date) => new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", timeZone: "UTC" }).format(d);
  const total = days.reduce((s, d) => s + d.units, 0);
  return (
    <figure className="rounded-xl border border-gray-200 bg-white p-5">
      <figcaption className="mb-4 font-semibold">
        Units sold in the last 7 days: <span className="text-2xl">{total}</span>
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
        <caption>Units sold per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Units</th>
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
