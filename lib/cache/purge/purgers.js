// @ts-check
/**
 * Purgers: how a write tells a cache tier in front of the app to drop what it made wrong, by surrogate key.
 * Each purger is `{ name, purge(keys, signal) }` and throws when the tier did not confirm; the purge queue
 * retries. Configured with `CACHE_PURGE_URLS`, a comma-separated list (several tiers at once are allowed):
 *
 *   http://127.0.0.1:6081   a Varnish with the shipped VCL (deploy/varnish): `PURGE` with an `xkey-purge` header
 *   fastly://SERVICE_ID     Fastly's batch surrogate-key purge; the token in FASTLY_API_TOKEN
 *   cloudflare://ZONE_ID    Cloudflare's purge by cache tag; the token in CLOUDFLARE_API_TOKEN
 *
 * @typedef {{ name: string, purge: (keys: string[], signal: AbortSignal) => Promise<void> }} Purger
 */

/**
 * Splits keys into requests of at most `size` keys (and, for headers, `maxChars` characters).
 * @param {string[]} keys @param {number} size
 */
export function batches(keys, size, maxChars = Infinity) {
  /** @type {string[][]} */
  const out = [];
  let current = /** @type {string[]} */ ([]);
  let chars = 0;
  for (const key of keys) {
    if (current.length > 0 && (current.length >= size || chars + key.length + 1 > maxChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(key);
    chars += key.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** @param {Response} res @param {string} name */
async function confirm(res, name) {
  if (res.ok) return;
  const text = (await res.text().catch(() => '')).slice(0, 200);
  throw new Error(`${name} answered ${res.status}${text ? `: ${text}` : ''}`);
}

/**
 * Varnish with xkey (deploy/varnish/broadsheet.vcl): `PURGE /` with the keys space-separated in `xkey-purge`.
 * The VCL accepts it only from the addresses in its `purgers` ACL.
 * @param {string} url
 * @returns {Purger}
 */
export function varnishPurger(url) {
  const name = `varnish ${new URL(url).host}`;
  return {
    name,
    async purge(keys, signal) {
      // Varnish refuses request headers over 8 KB by default: stay well under.
      for (const batch of batches(keys, Infinity, 6_000)) {
        await confirm(await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': batch.join(' ') }, signal }), name);
      }
    },
  };
}

/**
 * Fastly: `POST /service/{id}/purge` with up to 256 keys in a JSON body (an instant, hard purge).
 * @param {{ serviceId: string, token: string, endpoint?: string }} options
 * @returns {Purger}
 */
export function fastlyPurger({ serviceId, token, endpoint = 'https://api.fastly.com' }) {
  const name = `fastly ${serviceId}`;
  return {
    name,
    async purge(keys, signal) {
      for (const batch of batches(keys, 256)) {
        const res = await fetch(`${endpoint}/service/${encodeURIComponent(serviceId)}/purge`, {
          method: 'POST',
          headers: { 'Fastly-Key': token, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ surrogate_keys: batch }),
          signal,
        });
        await confirm(res, name);
      }
    },
  };
}

/**
 * Cloudflare: `POST /zones/{zone}/purge_cache` with `{tags}`, 30 tags per request (the documented limit).
 * @param {{ zoneId: string, token: string, endpoint?: string }} options
 * @returns {Purger}
 */
export function cloudflarePurger({ zoneId, token, endpoint = 'https://api.cloudflare.com/client/v4' }) {
  const name = `cloudflare ${zoneId}`;
  return {
    name,
    async purge(keys, signal) {
      for (const batch of batches(keys, 30)) {
        const res = await fetch(`${endpoint}/zones/${encodeURIComponent(zoneId)}/purge_cache`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ tags: batch }),
          signal,
        });
        await confirm(res, name);
        // Cloudflare can answer 200 with success: false.
        const body = /** @type {{ success?: boolean }} */ (await res.json().catch(() => ({})));
        if (body.success === false) throw new Error(`${name} refused the purge`);
      }
    },
  };
}

/**
 * The purgers `CACHE_PURGE_URLS` names. A malformed entry or a missing token throws: a purge that silently
 * goes nowhere would leave stale corrections in the tier.
 * @param {string | undefined} value
 * @param {Record<string, string | undefined>} [environment]
 * @returns {Purger[]}
 */
export function purgersFromEnv(value, environment = process.env) {
  const entries = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return entries.map((entry) => {
    let url;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CACHE_PURGE_URLS: "${entry}" is not a URL (http://host:port, fastly://SERVICE_ID or cloudflare://ZONE_ID).`);
    }
    const id = url.hostname;
    const token = (/** @type {string} */ variable) => {
      const t = environment[variable];
      if (!t) throw new Error(`CACHE_PURGE_URLS names ${url.protocol}//${id}, but ${variable} is not set.`);
      return t;
    };
    if (url.protocol === 'http:' || url.protocol === 'https:') return varnishPurger(entry);
    if (url.protocol === 'fastly:' && id) return fastlyPurger({ serviceId: id, token: token('FASTLY_API_TOKEN') });
    if (url.protocol === 'cloudflare:' && id) return cloudflarePurger({ zoneId: id, token: token('CLOUDFLARE_API_TOKEN') });
    throw new Error(`CACHE_PURGE_URLS: "${entry}" is not http(s)://, fastly://SERVICE_ID or cloudflare://ZONE_ID.`);
  });
}
