import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('section', (await params).section);
}

export default async function Page({ params }: Props) {
  return <ListingRoute kind="section" slug={(await params).section} />;
}
