import { listingRoute } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

const { generateMetadata, Page } = listingRoute('tag', 'tag');
export { generateMetadata };
export default Page;
