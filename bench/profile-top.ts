/**
 * Summarises a `node --cpu-prof` profile: the top functions by self time, the share of each
 * package (or of our own code), and the inclusive time of functions named on the command line.
 *
 *   node dist/bench/profile-top.js CPU.*.cpuprofile [--window FROM,TO] [functionName ...]
 *
 * FROM,TO (microseconds of the monotonic clock, as `answer-latency.js profile` prints them) keep
 * only the samples taken under load, leaving start-up and teardown out.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Hits per node, counting only samples taken between `from` and `to` (all when no window). */
function hitsIn(profile: Profile, window?: [number, number]): Map<number, number> {
  const hits = new Map<number, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (!window || (t >= window[0] && t <= window[1])) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  return hits;
}

function where(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/dist/src/')) return 'our code: ' + url.slice(url.indexOf('/dist/src/') + 10).replace(/\.js$/, '');
  if (url.startsWith('node:')) return url;
  return url ? 'other' : '(native/idle)';
}

function top<T>(map: Map<T, number>, n: number): [T, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export function summarise(file: string, inclusiveOf: string[] = [], window?: [number, number]): string[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const sampled = hitsIn(profile, window);
  for (const n of profile.nodes) n.hitCount = sampled.get(n.id) ?? 0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = [...sampled.values()].reduce((s, h) => s + h, 0);
  const busy = profile.nodes.filter((n) => !['(idle)', '(program)'].includes(n.callFrame.functionName)).reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const pct = (hits: number) => `${((100 * hits) / busy).toFixed(1)}%`;
  const selfByFunction = new Map<string, number>();
  const selfByPlace = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    const { functionName, url, lineNumber } = n.callFrame;
    const key = `${functionName || '(anonymous)'}  ${where(url)}:${lineNumber + 1}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + hits);
    selfByPlace.set(where(url), (selfByPlace.get(where(url)) ?? 0) + hits);
  }
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const name of inclusiveOf) {
    let hits = 0;
    for (const n of profile.nodes) {
      // Count a sample once: only when no ancestor has the same name (recursion).
      if (n.callFrame.functionName !== name) continue;
      let p = parents.get(n.id);
      let nested = false;
      while (p !== undefined) {
        if (byId.get(p)!.callFrame.functionName === name) nested = true;
        p = parents.get(p);
      }
      if (nested) continue;
      const stack = [n.id];
      while (stack.length) {
        const node = byId.get(stack.pop()!)!;
        hits += node.hitCount ?? 0;
        stack.push(...(node.children ?? []));
      }
    }
    inclusive.set(name, hits);
  }
  const lines = [`${file}: ${total} samples, ${busy} busy (percentages are of busy samples)`, 'top functions by self time:'];
  for (const [key, hits] of top(selfByFunction, 25)) lines.push(`  ${pct(hits).padStart(6)}  ${key}`);
  lines.push('self time by package:');
  for (const [key, hits] of top(selfByPlace, 20)) lines.push(`  ${pct(hits).padStart(6)}  ${key}`);
  if (inclusiveOf.length) lines.push('inclusive time:');
  for (const [name, hits] of inclusive) lines.push(`  ${pct(hits).padStart(6)}  ${name}`);
  return lines;
}

if (require.main === module) {
  const [file, ...rest] = process.argv.slice(2);
  const w = rest.indexOf('--window');
  const window = w >= 0 ? (rest.splice(w, 2)[1].split(',').map(Number) as [number, number]) : undefined;
  console.log(summarise(file, rest, window).join('\n'));
}
