import type { Metadata } from 'next';
import { ProfileForm } from '@/components/newsroom/profile-form';
import { readAuthorProfile } from '@/lib/articles/listings';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { ownProfileSlug } from '@/lib/authors/update-profile';

export const metadata: Metadata = { title: 'Your profile', robots: { index: false } };

type Props = { searchParams: Promise<{ slug?: string }> };

export default async function ProfilePage({ searchParams }: Props) {
  const actor = await requirePageActor('/newsroom/profile');
  const requested = (await searchParams).slug;
  const slug = requested && can(actor.role, 'profile:edit', false) ? requested : await ownProfileSlug(actor);
  const profile = slug ? await readAuthorProfile(slug) : null;
  if (!profile) return <p>You have no public author profile. An admin can create one for you.</p>;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Public profile</h1>
      <ProfileForm profile={profile} />
    </div>
  );
}
