import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('tag', p.tag, p.page);
}

export default async function Page({ params }: Props) {
  const p = await params;
  return <ListingRoute kind="tag" slug={p.tag} pageSegment={p.page} />;
}
