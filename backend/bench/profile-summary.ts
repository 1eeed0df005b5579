/*
 * Where a CPU profile (.cpuprofile, as BENCH_PROFILE writes) spent its time: the functions with the most self
 * time, and self time by package, as a share of all samples.
 * Usage: TS_NODE_PROJECT=backend/tsconfig.json node -r ts-node/register backend/bench/profile-summary.ts <file> [top]
 * (the app's functions' totals follow awaits only as far as V8's sampled stacks do: a lower bound).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<package>`, the app's own source, or what V8 and Node call themselves. */
function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/backend/src/')) return 'app (backend/src)';
  if (url.startsWith('node:')) return 'node core';
  return url ? url : '(native, gc, idle)';
}

const [path, topArgument] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const frameOf = (id: number) => {
  const node = byId.get(id);
  if (!node) throw new Error(`${path}: sample of unknown node ${id}`);
  return node.callFrame;
};
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((sum, value) => sum + value, 0);
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, micros] of self) {
  const { functionName, url, lineNumber } = frameOf(id);
  const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
  const owner = functionName === '(idle)' ? '(idle)' : packageOf(url);
  packages.set(owner, (packages.get(owner) ?? 0) + micros);
}
// Inclusive time of the app's own functions: every sample counts once for each of them on its stack.
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url, lineNumber } = frameOf(at);
    if (!url.includes('/backend/src/')) continue;
    seen.add(`${functionName || '(anonymous)'} ${url.replace(/^.*\/backend\/src\//, '')}:${lineNumber + 1}`);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const share = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
const top = Number(topArgument ?? 25);
console.log(`${(total / 1e6).toFixed(1)} s sampled\n\nself time by package:`);
for (const [name, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(micros)}  ${name}`);
console.log('\nself time by function:');
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(micros)}  ${name}`);
console.log("\ntotal time of the app's functions (with what they call):");
for (const [name, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(micros)}  ${name}`);
