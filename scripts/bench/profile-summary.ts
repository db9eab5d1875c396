/**
 * Summarises the V8 CPU profiles that `npm run bench -- --profile` writes (node --cpu-prof) into
 * bench/.work/profiles/: the functions with the most self time, and the project's own source files
 * and packages by inclusive time (time in them or anything they called).
 *
 * Usage: node scripts/bench/profile-summary.ts bench/.work/profiles/ours-1000-clean [top]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

const dir = process.argv[2];
const top = Number(process.argv[3] ?? 25);
if (!dir) {
	console.error('usage: profile-summary.ts <profile dir> [top]');
	process.exit(2);
}
const shorten = (url: string) =>
	url
		.replace(/^file:\/\//, '')
		.replace(/.*\/node_modules\//, 'node_modules/')
		.replace(`${process.cwd()}/`, '');
const where = (url: string) => {
	const short = shorten(url);
	const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(short)?.[1];
	return pkg ? `pkg ${pkg}` : short || '(native/idle)';
};

for (const name of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
	const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Profile;
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const selfTime = new Map<number, number>();
	profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
	const total = (profile.endTime - profile.startTime) / 1000;
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	for (const [id, micros] of selfTime) {
		const node = byId.get(id);
		if (!node) continue;
		const key = `${node.callFrame.functionName || '(anonymous)'} ${shorten(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + micros / 1000);
		// Inclusive time per file/package: count each sample once per distinct place on its stack.
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at);
			if (!frame) break;
			const place = where(frame.callFrame.url);
			if (!seen.has(place)) {
				seen.add(place);
				inclusive.set(place, (inclusive.get(place) ?? 0) + micros / 1000);
			}
		}
	}
	console.log(`\n${name}: ${(total / 1000).toFixed(1)} s profiled`);
	console.log('\nself time:');
	for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(ms / 1000).toFixed(2).padStart(8)} s  ${key}`);
	console.log('\ninclusive time by file or package:');
	for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(ms / 1000).toFixed(2).padStart(8)} s  ${key}`);
}
