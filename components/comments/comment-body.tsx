import { formatCommentText } from '@/lib/comments/format';

/** Comment text as text: line breaks kept, http(s) links marked as user content, nothing else interpreted. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="break-words">
      {formatCommentText(body).map((part, i) =>
        part.kind === 'break' ? (
          <br key={i} />
        ) : part.kind === 'link' ? (
          <a key={i} href={part.href} rel="nofollow ugc noopener" target="_blank" className="underline">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
