import { listingRoute } from '@/components/article/listing-route';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

const { generateMetadata, Page } = listingRoute('author', 'author');
export { generateMetadata };
export default Page;
