'use client';

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import type { BodyDocument } from '@/lib/articles/document';
import { cleanPastedHtml, fromEditorJson } from '@/lib/newsroom/editor-document';
import { editorExtensions } from './extensions';
import { ImageDialog } from './image-dialog';
import { RelatedStoryDialog } from './related-story-dialog';

/**
 * The story's body: a Tiptap editor over the site's document schema, with a toolbar for each block type.
 * `forEmail` (a newsletter's intro) leaves out the related-story card, which an email cannot show.
 */
export function BodyEditor({ initial, onChange, label = 'Story body', forEmail = false }: { initial: BodyDocument; onChange: (doc: BodyDocument) => void; label?: string; forEmail?: boolean }) {
  const editor = useEditor({
    extensions: editorExtensions,
    content: initial,
    immediatelyRender: false, // rendered on the server first; the editor mounts in the browser
    editorProps: {
      attributes: { class: 'editor-body prose prose-lg max-w-none font-serif dark:prose-invert focus:outline-none', 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor }) => onChange(fromEditorJson(editor.getJSON())),
  });
  if (!editor) return <div className="min-h-64 rounded border border-neutral-300 p-4 dark:border-neutral-700">Loading the editor…</div>;
  return (
    <div className="rounded border border-neutral-300 dark:border-neutral-700">
      <Toolbar editor={editor} forEmail={forEmail} />
      <EditorContent editor={editor} className="min-h-64 p-4" />
    </div>
  );
}

function Toolbar({ editor, forEmail }: { editor: Editor; forEmail: boolean }) {
  const [dialog, setDialog] = useState<'image' | 'related' | null>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('blockquote'),
      pull: e.isActive('pullQuote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
    }),
  });
  const chain = () => editor.chain().focus();
  // A paragraph follows an inserted image or card, so the writer types on below it instead of over it.
  const insertBlock = (node: { type: string; attrs: Record<string, unknown> }) => chain().insertContent([node, { type: 'paragraph' }]).run();

  function editLink() {
    const current = editor.getAttributes('link').href as string | undefined;
    const href = window.prompt('Link to (https://…, or /section/story for our own pages). Leave empty to remove.', current ?? 'https://');
    if (href === null) return;
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else if (!chain().extendMarkRange('link').setLink({ href: href.trim() }).run()) window.alert('That link is not allowed: use http, https or mailto.');
  }

  const buttons: { label: string; pressed?: boolean; run: () => void; key?: string }[] = [
    { label: 'Subhead', pressed: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'Minor subhead', pressed: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Bold', pressed: active.bold, run: () => chain().toggleBold().run(), key: 'Ctrl+B' },
    { label: 'Italic', pressed: active.italic, run: () => chain().toggleItalic().run(), key: 'Ctrl+I' },
    { label: 'Link', pressed: active.link, run: editLink },
    { label: 'Quote', pressed: active.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'Pull quote', pressed: active.pull, run: () => chain().toggleNode('pullQuote', 'paragraph').run() },
    { label: 'Bullets', pressed: active.bullets, run: () => chain().toggleBulletList().run() },
    { label: 'Numbered', pressed: active.numbers, run: () => chain().toggleOrderedList().run() },
    { label: 'Image', run: () => setDialog('image') },
    ...(forEmail ? [] : [{ label: 'Related story', run: () => setDialog('related') }]),
    { label: 'Undo', run: () => chain().undo().run(), key: 'Ctrl+Z' },
    { label: 'Redo', run: () => chain().redo().run(), key: 'Ctrl+Shift+Z' },
  ];

  return (
    <>
      <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-neutral-300 bg-white p-2 text-sm dark:border-neutral-700 dark:bg-neutral-950">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-pressed={b.pressed}
            title={b.key ? `${b.label} (${b.key})` : b.label}
            onClick={b.run}
            className="rounded border border-neutral-300 px-2 py-1 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:border-neutral-700 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900"
          >
            {b.label}
          </button>
        ))}
      </div>
      {dialog === 'image' && (
        <ImageDialog
          onClose={() => setDialog(null)}
          onInsert={(image) => {
            const { url: src, alt, caption, credit, width, height } = image;
            insertBlock({ type: 'image', attrs: { src, alt, caption, credit, width, height } });
            setDialog(null);
          }}
        />
      )}
      {dialog === 'related' && (
        <RelatedStoryDialog
          onClose={() => setDialog(null)}
          onPick={(story) => {
            insertBlock({ type: 'relatedStory', attrs: { slug: story.slug, headline: story.headline } });
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
