/** Calls a route handler in-process, the way Next would, with a real Request. */
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type CallOptions<P> = { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: P; url?: string };

export async function call<P = Record<string, string>>(handler: Handler<P>, method: string, options: CallOptions<P> = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  const request = new Request(options.url ?? "http://localhost/api/test", { method, headers, body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, json: json as Record<string, unknown> & { error?: { code: string; message: string; issues?: unknown[] } }, headers: response.headers };
}
