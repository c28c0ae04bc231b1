import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Newsroom', robots: { index: false } };

export default function NewsroomHome() {
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-bold">Newsroom</h1>
      <p>
        <Link href="/newsroom/users" className="underline">
          Users
        </Link>
        : roles, bans and suspensions.
      </p>
    </div>
  );
}
