import { env } from "@/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The caller's address for per-address rate limits. Next's server appends the socket's
 * address to X-Forwarded-For, so its last entry is what reached us; behind a trusted load
 * balancer (TANDEM_TRUST_PROXY) the first entry is the client the balancer saw.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const parts = forwarded?.split(",").map((p) => p.trim()).filter(Boolean) ?? [];
  const address = env().TANDEM_TRUST_PROXY ? parts[0] : parts.at(-1);
  return address ?? header(headers, "x-real-ip") ?? "unknown";
}
