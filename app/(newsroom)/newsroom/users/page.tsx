import type { Metadata } from 'next';
import { AddUserForm } from '@/components/newsroom/add-user-form';
import { UserRow } from '@/components/newsroom/user-row';
import { Pagination } from '@/components/ui/pagination';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listUsers } from '@/lib/users/user-admin';
import { Button, Input } from '@/components/ui/controls';

export const metadata: Metadata = { title: 'Users', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  // Layout and page render side by side: the page makes its own check.
  const actor = await requirePageActor('/newsroom/users');
  const params = await searchParams;
  const result = await forPage(() => listUsers(actor, { q: params.q ?? '', page: params.page ?? '1' }));
  if (result instanceof AppError) return <p role="alert">{result.message}</p>;
  const hrefFor = (page: number) => `/newsroom/users?${new URLSearchParams({ q: params.q ?? '', page: String(page) })}`;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <form role="search" className="flex gap-2">
        <label htmlFor="user-q" className="sr-only">
          Search users
        </label>
        <Input id="user-q" name="q" defaultValue={params.q} placeholder="Name or email" pad="md" />
        <Button type="submit" variant="primary">
          Search
        </Button>
      </form>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{result.total} users</p>
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {result.users.map((u) => (
          <UserRow key={u.id} user={u} canChangeRole={can(actor.role, 'user:change-role')} isSelf={u.id === actor.id} />
        ))}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      {can(actor.role, 'user:create') && <AddUserForm />}
    </div>
  );
}
