/**
 * The one memo for build-wide caches: a value worked out from the content (the analysis, the open data, the
 * entities sorted by name, the order of the articles) is computed once and shared by every page of a build.
 *
 * In `astro dev` the content can change between two requests. Astro 7 then reloads its data store and sends
 * `astro:content-changed` on the server's hot-update channel (it clears its own route cache on it too); every
 * memo made here is forgotten on that event, so the next request works from the new content. A promise that
 * rejects is forgotten as well, so that a request after the content is fixed tries again.
 */

/** The forget functions of every memo made here. */
const memos = new Set<() => void>();

/** Forgets every build-wide value, as when the content changes in `astro dev`. */
export function forgetBuildValues(): void {
	for (const forget of memos) forget();
}

// Vite's hot-update channel: present in `astro dev`, absent in `astro build` and in tests.
if (import.meta.hot) import.meta.hot.on('astro:content-changed', forgetBuildValues);

/** Forgets a promise that rejects, so that it is not served again. */
function forgetOnRejection<T>(value: T, forget: () => void): T {
	if (value instanceof Promise) value.catch(forget);
	return value;
}

/** `compute()` once per build: the first call computes, later calls return the same value until the content changes. */
export function oncePerBuild<T>(compute: () => T): () => T {
	let memo: { value: T } | undefined;
	const forget = () => {
		memo = undefined;
	};
	memos.add(forget);
	return () => {
		if (memo) return memo.value;
		const current = { value: compute() };
		memo = current;
		forgetOnRejection(current.value, () => {
			if (memo === current) forget();
		});
		return current.value;
	};
}

/**
 * `compute(key)` once per build and key. Keys are compared by identity: an object (a list of articles, the
 * analysis) is held weakly, a string or number (a site address) strongly.
 */
export function oncePerBuildFor<K extends object | string | number, T>(compute: (key: K) => T): (key: K) => T {
	let byObject = new WeakMap<object, { value: T }>();
	let byValue = new Map<K, { value: T }>();
	const forget = () => {
		byObject = new WeakMap();
		byValue = new Map();
	};
	memos.add(forget);
	return (key) => {
		const store = (typeof key === 'object' ? byObject : byValue) as Map<K, { value: T }>;
		const found = store.get(key);
		if (found) return found.value;
		const current = { value: compute(key) };
		store.set(key, current);
		forgetOnRejection(current.value, () => {
			if (store.get(key) === current) store.delete(key);
		});
		return current.value;
	};
}
