/** Calls an App Router route handler the way Next does: a Request and a promise of the route params. */
export async function callRoute<P extends Record<string, string>>(
  handler: (request: Request, ctx: { params: Promise<P> }) => Promise<Response> | Response,
  url: string,
  params: P,
  init?: RequestInit,
) {
  const response = await handler(new Request(new URL(url, 'http://localhost'), init), { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the test asserts on the status
  }
  return { status: response.status, headers: response.headers, json: json as any, text }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
