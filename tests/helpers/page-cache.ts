import PageCacheHandler from '@/lib/cache/page-cache-handler';

/**
 * A cache handler as one server process has it. Each call with `fresh` starts a new process's state (its own
 * store connection and renders in progress), as a second instance would have.
 */
export function handlerOfNewProcess(ctx: { serverDistDir?: string } = {}) {
  delete (globalThis as { __broadsheetPageCache?: unknown }).__broadsheetPageCache;
  return new PageCacheHandler({ maxMemoryCacheSize: 8 * 1024 * 1024, ...ctx });
}

export const fetchCtx = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: ['_N_T_/layout'], revalidate: 3600 });
export const fetchValue = (data: unknown, tags: string[]) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(data), status: 200, url: '' },
  revalidate: 3600,
  tags,
});
export const pageValue = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('0:{"rsc":true}'),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': [...tags, '_N_T_/layout'].join(',') },
  status: 200,
});
export const pageCtx = { kind: 'APP_PAGE' };
export const pageSetCtx = { cacheControl: { revalidate: 600 } };
