/**
 * The form an old address is stored and looked up in (table legacy_redirects): the path without a trailing
 * slash, lower-cased, and of the query only WordPress's post and page ids (`/?p=123`, `/?page_id=7`). From a
 * full URL or a path; null when it is not an address.
 */
export function legacyPath(address: string, search?: URLSearchParams): string | null {
  let url: URL;
  try {
    url = new URL(address, 'http://old.invalid');
  } catch {
    return null;
  }
  const params = search ?? url.searchParams;
  for (const key of ['p', 'page_id']) {
    const id = params.get(key);
    if (id && /^\d+$/.test(id)) return `/?${key}=${id}`;
  }
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  return path === '' ? null : path;
}
