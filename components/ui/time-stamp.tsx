const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** A date rendered the same on server and client (UTC), with the machine-readable value in `dateTime`. */
export function TimeStamp({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso}>
      {prefix}
      {formatter.format(new Date(iso))} UTC
    </time>
  );
}
