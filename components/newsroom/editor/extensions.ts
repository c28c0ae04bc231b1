import { mergeAttributes, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { safeHref } from '@/lib/articles/document';

/**
 * The editor's schema: the block and mark types the site renders (lib/articles/document.ts), and nothing
 * else, so what is typed or pasted is what gets published. Pasted HTML is parsed against it: styling,
 * classes and unknown elements fall away.
 */

/** A pull quote: a line lifted from the story, set large between rules. */
const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ attribution: { default: null } }),
  parseHTML: () => [{ tag: 'aside[data-pull-quote]' }],
  renderHTML: ({ HTMLAttributes }) => ['aside', mergeAttributes(HTMLAttributes, { 'data-pull-quote': '', class: 'editor-pull-quote' }), 0],
});

/** A "See what's next" card pointing at another published story, by slug. */
const RelatedStory = Node.create({
  name: 'relatedStory',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({ slug: { default: null }, headline: { default: null } }),
  parseHTML: () => [{ tag: 'div[data-related-story]', getAttrs: (el) => ({ slug: (el as HTMLElement).dataset.relatedStory ?? null }) }],
  renderHTML: ({ node }) => [
    'div',
    { 'data-related-story': node.attrs.slug, class: 'editor-related-story' },
    `See what’s next: ${node.attrs.headline ?? node.attrs.slug}`,
  ],
});

/** An uploaded image with the words that travel with it. */
const Figure = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },
  renderHTML({ HTMLAttributes }) {
    const { caption, credit, ...img } = HTMLAttributes as Record<string, string>;
    return ['figure', { class: 'editor-figure' }, ['img', mergeAttributes(img, { draggable: 'false' })], ['figcaption', {}, [caption, credit].filter(Boolean).join(' — ')]];
  },
}).configure({ inline: false });

export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => safeHref(url) !== null },
  }),
  Figure,
  PullQuote,
  RelatedStory,
  Placeholder.configure({ placeholder: 'Write the story…' }),
];
