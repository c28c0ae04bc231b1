import type { BlockNode, BodyDocument, InlineNode, ParagraphNode } from '@/lib/articles/document';
import type { DemoSection } from './demo-publication';
import { seededRandom } from './random';

const p = (...content: InlineNode[]): ParagraphNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: ('bold' | 'italic')[]): InlineNode =>
  marks ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
const h2 = (text: string): BlockNode => ({ type: 'heading', attrs: { level: 2 }, content: [t(text)] });

/**
 * Assembles a realistic story body: the article's own opening, then the section's reporting notes in a
 * per-article order, with subheads, a quote, a pull quote, a list of open questions and two inline
 * "See what's next" cards.
 */
export function buildDemoBody(opts: {
  seed: number;
  lede: string[];
  section: DemoSection;
  relatedSlugs: [string, string];
  sectionSlug: string;
}): BodyDocument {
  const rnd = seededRandom(opts.seed);
  const paras = rnd.shuffle(opts.section.paragraphs);
  const [subA, subB, subC] = rnd.shuffle(opts.section.subheads);
  const [quoteA, quoteB] = rnd.shuffle(opts.section.quotes);
  const questions = rnd.shuffle(opts.section.questions).slice(0, 3 + rnd.int(0, 1));
  const para = (i: number) => p(t(paras[i % paras.length] as string));

  const content: BlockNode[] = [
    ...opts.lede.map((text) => p(t(text))),
    para(0),
    h2(subA ?? 'Background'),
    para(1),
    para(2),
    p(
      t('The Courier has '),
      { type: 'text', text: `followed this story from the start`, marks: [{ type: 'link', attrs: { href: `/${opts.sectionSlug}` } }] },
      t('; '),
      t('this report will be updated as it develops.', ['italic']),
    ),
    { type: 'blockquote', content: [p(t(`“${quoteA?.text ?? ''}”`)), p(t(`— ${quoteA?.by ?? ''}`, ['italic']))] },
    para(3),
    { type: 'relatedStory', attrs: { slug: opts.relatedSlugs[0] } },
    h2(subB ?? 'Reaction'),
    para(4),
    { type: 'pullQuote', attrs: { attribution: quoteB?.by }, content: [t(quoteB?.text ?? '')] },
    para(5),
    h2('The open questions'),
    {
      type: 'bulletList',
      content: questions.map((q) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [t(q)] }] })),
    },
    h2(subC ?? 'What next'),
    p(t('The key point: ', ['bold']), t(paras[6] ?? '')),
    { type: 'relatedStory', attrs: { slug: opts.relatedSlugs[1] } },
    para(7),
  ];
  return { type: 'doc', content };
}
