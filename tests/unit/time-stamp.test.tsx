import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TimeStamp } from '@/components/ui/time-stamp';

const iso = '2026-11-29T14:05:00.000Z';
const paris = { timeZone: 'Europe/Paris', language: 'fr' } as const;

describe('TimeStamp', () => {
  it('prints the date in the publication’s zone and language, the exact instant in datetime and title', () => {
    const html = renderToStaticMarkup(<TimeStamp iso={iso} prefix="Publié " format={paris} />);
    expect(html).toBe('<time dateTime="2026-11-29T14:05:00.000Z" title="29 nov. 2026, 15:05">Publié 29 nov. 2026, 15:05</time>');
  });

  it('marks a recent time for the browser to show as relative, reserving the room that text needs', () => {
    const html = renderToStaticMarkup(<TimeStamp iso={iso} format={paris} now={Date.parse(iso) + 60_000} />);
    expect(html).toContain('data-relative="fr"');
    expect(html).toContain('29 nov. 2026, 15:05'); // without script, the date
    expect(html).toMatch(/<span class="invisible[^"]*" data-relative-text="true" aria-hidden="true">il y a 59 minutes<\/span>/);
  });

  it('leaves an old time as a date', () => {
    const html = renderToStaticMarkup(<TimeStamp iso={iso} format={paris} now={Date.parse(iso) + 2 * 86_400_000} />);
    expect(html).not.toContain('data-relative');
  });
});
