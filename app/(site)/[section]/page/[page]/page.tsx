import { ListingRoute, listingMetadata } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('section', p.section, ['page', p.page]);
}

export default async function Page({ params }: Props) {
  const p = await params;
  return <ListingRoute kind="section" slug={p.section} rest={['page', p.page]} />;
}
