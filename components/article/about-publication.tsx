/** The publication's "about us" boilerplate, at the foot of every story and page (set in the site settings). */
export function AboutPublication({ about }: { about: string }) {
  if (!about) return null;
  return (
    <aside aria-label="About this publication" className="mt-8 border-t border-neutral-200 pt-4 text-sm italic text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
      {about}
    </aside>
  );
}
