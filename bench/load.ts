/**
 * A lean load generator for the answer benchmarks: keep-alive connections posting activities as
 * Teams does, each connection waiting for its answer before the next, for a fixed time.
 */
import http from 'node:http';

export interface Stats {
  count: number;
  mean: number;
  p50: number;
  p99: number;
}

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  const mean = sorted.reduce((sum, t) => sum + t, 0) / (sorted.length || 1);
  return { count: sorted.length, mean, p50: at(0.5), p99: at(0.99) };
}

export interface PostResult {
  status: number;
  body: string;
  ms: number;
}

/** One POST of a JSON body; resolves with status, body and elapsed time, or rejects after `timeoutMs`. */
export function postJson(url: string, body: unknown, agent?: http.Agent, timeoutMs = 60_000): Promise<PostResult> {
  const payload = Buffer.from(JSON.stringify(body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** `connections` keep-alive connections posting `activity(i)` to `url` for `ms` milliseconds. */
export async function load(url: string, activity: (i: number) => unknown, connections: number, ms: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  const until = performance.now() + ms;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const result = await postJson(url, activity(next++), agent);
        if (result.status !== 200) throw new Error(`HTTP ${result.status} from ${url}: ${result.body.slice(0, 200)}`);
        times.push(result.ms);
      }
    }),
  );
  agent.destroy();
  return times;
}

/** `activity(0)` .. `activity(n - 1)` posted to `url` one after another on one keep-alive connection. */
export async function each(url: string, activity: (i: number) => unknown, n: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const result = await postJson(url, activity(i), agent);
    if (result.status !== 200) throw new Error(`HTTP ${result.status} from ${url}: ${result.body.slice(0, 200)}`);
    times.push(result.ms);
  }
  agent.destroy();
  return times;
}

/** Runs job(0) to job(n - 1), at most `concurrency` at a time. */
export async function inParallel(n: number, concurrency: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await job(next++);
    }),
  );
}
