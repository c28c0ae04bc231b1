/** `<option>`s for a list of things picked by slug and shown by name (sections, authors). */
export function SlugOptions({ items }: { items: readonly { slug: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.slug} value={item.slug}>
      {item.name}
    </option>
  ));
}
