'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const COLOURS = ['#1d4ed8', '#b91c1c', '#15803d', '#a16207', '#7e22ce', '#0f766e'];
const hourLabel = (iso: string) => `${iso.slice(11, 13)}:00`;

/** A chart with its caption and, for screen readers and anyone who prefers numbers, the same data as a table. */
function Figure({ id, title, summary, table, children }: { id: string; title: string; summary: string; table: React.ReactNode; children: React.ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{summary}</p>
      <div role="img" aria-label={`${title}. ${summary}`} className="mt-2 h-64">
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary>Show the numbers</summary>
        <div className="max-h-64 overflow-auto">{table}</div>
      </details>
    </figure>
  );
}

type Series = { name: string; values: number[] };

/** Comments per hour over the period: one line per series (site-wide, or each busy story). */
export function HourlyChart({ id, title, hours, series }: { id: string; title: string; hours: string[]; series: Series[] }) {
  const data = hours.map((h, i) => ({ hour: hourLabel(h), ...Object.fromEntries(series.map((s) => [s.name, s.values[i] ?? 0])) }));
  const peak = series.flatMap((s) => s.values.map((v, i) => ({ v, i, name: s.name }))).sort((a, b) => b.v - a.v)[0];
  const summary = peak && peak.v > 0 ? `Busiest hour: ${peak.v} comments at ${hourLabel(hours[peak.i]!)} UTC (${peak.name}).` : 'No comments in this period.';
  return (
    <Figure
      id={id}
      title={title}
      summary={summary}
      table={
        <table className="w-full text-left">
          <thead>
            <tr>
              <th className="pr-3">Hour (UTC)</th>
              {series.map((s) => (
                <th key={s.name} className="pr-3">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {hours.map((h, i) => (
              <tr key={h}>
                <td className="pr-3">{h.slice(0, 13).replace('T', ' ')}:00</td>
                {series.map((s) => (
                  <td key={s.name} className="pr-3">
                    {s.values[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="hour" interval={5} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Line key={s.name} type="monotone" dataKey={s.name} stroke={COLOURS[i % COLOURS.length]} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Figure>
  );
}

/** Counts by category as horizontal bars (queue sizes, rule hits, report reasons). */
export function CountBars({ id, title, data, empty }: { id: string; title: string; data: { label: string; count: number }[]; empty: string }) {
  const top = [...data].sort((a, b) => b.count - a.count)[0];
  const summary = top && top.count > 0 ? `Largest: ${top.label}, ${top.count}.` : empty;
  return (
    <Figure
      id={id}
      title={title}
      summary={summary}
      table={
        <table className="w-full text-left">
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th className="pr-3 font-normal">{d.label}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={180} />
          <Tooltip />
          <Bar dataKey="count" fill={COLOURS[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}
