/**
 * What one social image costs: renders `count` article cards (titles of every length the corpus generator
 * makes, from the real articles' titles up to 300 characters) with the site's own renderer and prints the CPU
 * and wall time per card as JSON. CPU is the whole process's (user + system), so the renderer's native threads
 * are counted too. The first card (fonts loaded, renderer started) is timed apart.
 *
 * Usage: node --import ./scripts/ts-hooks.mjs scripts/bench/social-cards.ts [count]
 */
import { renderSocialImage, type SocialCard } from '../../src/lib/sharing/social-image/card.ts';

const count = Number(process.argv[2] ?? 200);
const words = 'talks sanctions Dmitriev Arctic energy return companies Washington Moscow reset minerals deal business Riyadh'.split(' ');
const card = (i: number): SocialCard => {
	const length = 20 + ((i * 37) % 280);
	let title = '';
	for (let w = i; title.length < length; w += 7) title += `${title ? ' ' : ''}${words[w % words.length]}`;
	return { title: `${title} ${i}`, kicker: 'News report', details: ['April 2025 (estimated)', 'Outlet unknown'] };
};

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const firstCpu = process.cpuUsage();
const firstStart = performance.now();
await renderSocialImage(card(0));
const first = { cpuMs: cpuMs(process.cpuUsage(firstCpu)), wallMs: performance.now() - firstStart };

const cpuStart = process.cpuUsage();
const wallStart = performance.now();
let bytes = 0;
for (let i = 1; i <= count; i++) bytes += (await renderSocialImage(card(i))).byteLength;
const round = (n: number) => Math.round(n * 10) / 10;
console.log(
	JSON.stringify({
		cards: count,
		cpuMsPerCard: round(cpuMs(process.cpuUsage(cpuStart)) / count),
		wallMsPerCard: round((performance.now() - wallStart) / count),
		meanBytes: Math.round(bytes / count),
		firstCard: { cpuMs: round(first.cpuMs), wallMs: round(first.wallMs) },
	}),
);
