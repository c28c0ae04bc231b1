'use client';

import dynamic from 'next/dynamic';

/**
 * The live blog, server-rendered as usual, but its code (TanStack Query, the body renderer and its schema) is a
 * chunk of its own, fetched only on live blogs: imported directly it would join the chunk every story loads.
 */
export const LiveBlogIsland = dynamic(() => import('./live-blog').then((m) => m.LiveBlog));
