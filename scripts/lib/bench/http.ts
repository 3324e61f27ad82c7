/**
 * Timed HTTP calls, the way a client sees them: from sending the request to having read the
 * whole body. Anything but the expected status is a failure of the run, not a slow sample.
 */

export class BenchFailure extends Error {}

export type Timed<T> = { ms: number; body: T };

export async function timedFetch(url: string, init: RequestInit & { expect?: number } = {}): Promise<Timed<string>> {
  const { expect = 200, ...rest } = init;
  const started = performance.now();
  const response = await fetch(url, rest);
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== expect) {
    throw new BenchFailure(`${rest.method ?? "GET"} ${url.replace(/^https?:\/\/[^/]+/, "")} answered ${response.status}, expected ${expect}: ${body.slice(0, 300)}`);
  }
  return { ms, body };
}

/** Runs `work` for every item with at most `concurrency` in flight; results in item order. */
export async function inPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
