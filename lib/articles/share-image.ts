import 'server-only';
import sharp from 'sharp';

/**
 * The 1200×630 picture social networks show for a story without a photo: the publication's name, the section
 * and the headline, white on black. The text is set by Pango (inside sharp) with the server's fonts, so any
 * script and direction is drawn and wrapped properly, and nothing is fetched from the network to draw it.
 */
const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 72;

const markup = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Servers rarely have a colour emoji font; an emoji would be drawn as a box of hex digits, so it is left out. */
export const withoutEmoji = (s: string) => s.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').replace(/\s+/g, ' ').trim();

export async function textImage(text: string, opts: { font: string; color: string; width: number; height?: number }) {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${opts.color}">${markup(text)}</span>`,
      font: opts.font,
      width: opts.width,
      ...(opts.height ? { height: opts.height } : { dpi: 72 }),
      rgba: true,
      wrap: 'word',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

export async function renderShareImage({ publicationName, section, headline }: { publicationName: string; section: string; headline: string }): Promise<Buffer> {
  const inner = WIDTH - 2 * MARGIN;
  const [name, label, title] = await Promise.all([
    textImage(withoutEmoji(publicationName), { font: 'DejaVu Serif Bold 34', color: '#ffffff', width: inner }),
    textImage(section.toUpperCase(), { font: 'DejaVu Sans Bold 26', color: '#f87171', width: inner }),
    // Fitted into the space left: a short headline is large, a long one smaller, never cut.
    textImage(withoutEmoji(headline), { font: 'DejaVu Serif Bold', color: '#ffffff', width: inner, height: 300 }),
  ]);
  const titleTop = HEIGHT - MARGIN - 40 - title.height;
  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 4, background: '#111111' } })
    .composite([
      { input: name.input, top: 56, left: MARGIN },
      { input: label.input, top: titleTop - label.height - 20, left: MARGIN },
      { input: title.input, top: titleTop, left: MARGIN },
      { input: { create: { width: 160, height: 8, channels: 4, background: '#f87171' } }, top: HEIGHT - MARGIN + 8, left: MARGIN },
    ])
    .png()
    .toBuffer();
}
