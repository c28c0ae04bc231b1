import type { Metadata, Viewport } from 'next';
import './globals.css';
import { siteUrl } from '@/lib/env';
import { withPublication } from '@/lib/settings/publication-metadata';
import { getSiteSettings } from '@/lib/settings/site-settings';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  const name = site.publicationName;
  return withPublication(site, {
    metadataBase: new URL(siteUrl),
    title: { default: name, template: `%s · ${name}` },
    description: site.description || site.tagline || undefined,
    openGraph: { type: 'website' },
    ...(site.icon && {
      icons: {
        icon: [
          { url: site.icon.favicon, sizes: '32x32', type: 'image/png' },
          { url: site.icon.icon192, sizes: '192x192', type: 'image/png' },
        ],
        apple: [{ url: site.icon.appleTouch, sizes: '180x180' }],
      },
    }),
  });
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { language } = await getSiteSettings();
  return (
    <html lang={language}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-black"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
