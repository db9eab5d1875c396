/**
 * A small, fast, seeded pseudo-random number generator for the benchmark corpus.
 * The same seed always gives the same sequence, on every machine and Node version.
 */

/** Hashes any seed (number or text) to a 32-bit state (cyrb53-style mixing, folded to 32 bits). */
export function hashSeed(seed: string | number): number {
	const text = String(seed);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 ^ h2) >>> 0;
}

/** A deterministic random source: mulberry32 plus the helpers the generator needs. */
export class Random {
	#state: number;

	constructor(seed: string | number) {
		this.#state = hashSeed(seed);
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Random.pick: empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** `count` distinct elements of a list (fewer if the list is shorter), in random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const copy = [...items];
		const out: T[] = [];
		while (out.length < count && copy.length > 0) {
			const index = Math.floor(this.next() * copy.length);
			out.push(copy.splice(index, 1)[0] as T);
		}
		return out;
	}

	/** A value from a triangular distribution on [min, max] with the given mode. */
	triangular(min: number, mode: number, max: number): number {
		const u = this.next();
		const c = (mode - min) / (max - min);
		return u < c ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
	}

	/** A child generator with its own stream, so that adding draws in one part does not shift another. */
	fork(label: string): Random {
		return new Random(`${this.#state}:${label}`);
	}
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent (Zipf's law). */
export class Zipf {
	readonly #cdf: Float64Array;

	constructor(n: number, exponent: number) {
		if (n < 1) throw new Error('Zipf: n must be at least 1');
		this.#cdf = new Float64Array(n);
		let total = 0;
		for (let rank = 0; rank < n; rank++) {
			total += 1 / (rank + 1) ** exponent;
			this.#cdf[rank] = total;
		}
		for (let rank = 0; rank < n; rank++) this.#cdf[rank] = (this.#cdf[rank] as number) / total;
	}

	/** A rank in [0, n). */
	draw(random: Random): number {
		const u = random.next();
		let lo = 0;
		let hi = this.#cdf.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((this.#cdf[mid] as number) < u) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
