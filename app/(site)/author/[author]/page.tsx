import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ author: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('author', (await params).author);
}

export default async function Page({ params }: Props) {
  return <ListingRoute kind="author" slug={(await params).author} />;
}
