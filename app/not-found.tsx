import { NotFoundMessage } from '@/components/layout/not-found-message';

/**
 * An unknown story, section, page, tag or address (app/(site)/[...missing]): the message inside the layout
 * around it, the site's header and footer for readers, the newsroom's for staff. Synchronous, like
 * app/forbidden.tsx: Next renders its 403 and 404 pages together.
 */
export default function NotFound() {
  return <NotFoundMessage />;
}
