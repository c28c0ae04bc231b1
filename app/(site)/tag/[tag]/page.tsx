import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('tag', (await params).tag);
}

export default async function Page({ params }: Props) {
  return <ListingRoute kind="tag" slug={(await params).tag} />;
}
