import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ author: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('author', p.author, p.page);
}

export default async function Page({ params }: Props) {
  const p = await params;
  return <ListingRoute kind="author" slug={p.author} pageSegment={p.page} />;
}
