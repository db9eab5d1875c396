import { describe, expect, it } from 'vitest';
import { forgetBuildValues, oncePerBuild, oncePerBuildFor } from '../../src/lib/content/once-per-build';

describe('oncePerBuild', () => {
	it('computes on the first call and returns the same value after', () => {
		let calls = 0;
		const value = oncePerBuild(() => ({ n: ++calls }));
		const first = value();
		expect(value()).toBe(first);
		expect(calls).toBe(1);
	});

	it('computes again after the content changes', () => {
		let calls = 0;
		const value = oncePerBuild(() => ++calls);
		expect(value()).toBe(1);
		forgetBuildValues();
		expect(value()).toBe(2);
		expect(value()).toBe(2);
	});

	it('shares one promise between callers that ask before it settles', async () => {
		let calls = 0;
		const value = oncePerBuild(async () => ++calls);
		const [a, b] = await Promise.all([value(), value()]);
		expect([a, b, calls]).toEqual([1, 1, 1]);
	});

	it('does not keep a promise that rejects, so that the next call tries again', async () => {
		let calls = 0;
		const value = oncePerBuild(async () => {
			calls += 1;
			if (calls === 1) throw new Error('content/quotes/a.yaml: bad');
			return calls;
		});
		await expect(value()).rejects.toThrow('bad');
		await Promise.resolve();
		await expect(value()).resolves.toBe(2);
		await expect(value()).resolves.toBe(2);
	});

	it('keeps a value computed after a reset when the promise from before the reset rejects late', async () => {
		let reject: (error: Error) => void = () => {};
		let calls = 0;
		const value = oncePerBuild(() => {
			calls += 1;
			return calls === 1 ? new Promise<number>((_, no) => (reject = no)) : Promise.resolve(calls);
		});
		const stale = value();
		forgetBuildValues();
		const fresh = value();
		reject(new Error('old content'));
		await expect(stale).rejects.toThrow('old content');
		expect(value()).toBe(fresh);
		await expect(fresh).resolves.toBe(2);
	});
});

describe('oncePerBuildFor', () => {
	it('computes once per key: objects by identity, strings by value', () => {
		const seen: unknown[] = [];
		const value = oncePerBuildFor((key: object | string) => {
			seen.push(key);
			return { key };
		});
		const list = [1, 2];
		expect(value(list)).toBe(value(list));
		expect(value([1, 2])).not.toBe(value(list));
		expect(value('https://example.org/')).toBe(value('https://example.org/'));
		expect(seen).toHaveLength(3);
	});

	it('computes every key again after the content changes', () => {
		let calls = 0;
		const value = oncePerBuildFor((_key: string) => ++calls);
		expect([value('a'), value('b'), value('a')]).toEqual([1, 2, 1]);
		forgetBuildValues();
		expect([value('a'), value('b')]).toEqual([3, 4]);
	});

	it('does not keep a rejected promise for its key', async () => {
		let calls = 0;
		const value = oncePerBuildFor(async (key: string) => {
			calls += 1;
			if (calls === 1) throw new Error(`no ${key}`);
			return key;
		});
		await expect(value('x')).rejects.toThrow('no x');
		await Promise.resolve();
		await expect(value('x')).resolves.toBe('x');
	});
});
