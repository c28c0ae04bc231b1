import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '@/lib/db/client';

export type TableInfo = {
  name: string;
  /** Columns a row is written and read with: generated ones (the search vector) are left to the database. */
  columns: string[];
  /** Identity columns, whose sequences a restore moves past the highest id it loaded. */
  identity: string[];
  /** Primary key: the order rows are written in, so a reply follows the comment it answers. */
  key: string[];
};

/**
 * The application's tables as the database describes them, parents before children (a story before its
 * comments, a user before their stories). Read from the catalog, so a table a later migration adds is backed
 * up without anyone remembering to list it here.
 */
export async function readCatalog(db: Db | Tx): Promise<TableInfo[]> {
  const columns = await queryRows<{ table_name: string; column_name: string; is_identity: string }>(
    db,
    sql`select table_name, column_name, is_identity from information_schema.columns
        where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
  );
  const keys = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.relname as table_name, a.attname as column_name
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        join lateral unnest(i.indkey) with ordinality as k(attnum, position) on true
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where n.nspname = 'public' and i.indisprimary order by c.relname, k.position`,
  );
  const references = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select distinct c.relname as child, p.relname as parent
        from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where f.contype = 'f' and n.nspname = 'public'`,
  );

  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const table = tables.get(c.table_name) ?? { name: c.table_name, columns: [], identity: [], key: [] };
    table.columns.push(c.column_name);
    if (c.is_identity === 'YES') table.identity.push(c.column_name);
    tables.set(c.table_name, table);
  }
  for (const k of keys) tables.get(k.table_name)?.key.push(k.column_name);

  const parents = new Map<string, Set<string>>();
  for (const r of references) if (r.child !== r.parent) parents.set(r.child, (parents.get(r.child) ?? new Set()).add(r.parent));
  return orderParentsFirst([...tables.values()].sort((a, b) => a.name.localeCompare(b.name)), parents);
}

function orderParentsFirst(tables: TableInfo[], parents: Map<string, Set<string>>): TableInfo[] {
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && [...(parents.get(t.name) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error('The tables reference each other in a circle; a backup cannot order them.');
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.name);
    }
  }
  return ordered;
}

/** A quoted SQL identifier; table and column names come from the catalog, never from a file. */
export const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);
export const identList = (names: string[]) => sql.raw(names.map((n) => `"${n.replace(/"/g, '""')}"`).join(', '));
