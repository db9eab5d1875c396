import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Rasterising social images in worker threads. Drawing a card's SVG with resvg and encoding the PNG is about
 * three quarters of its cost (33 of 43 ms here); done in workers, the build's main thread lays out the next
 * pages and cards meanwhile (with `build.concurrency` > 1 in astro.config.mjs, Astro renders several pages
 * at once). The bytes are the same as on the main thread: the same resvg with the same options.
 */
export interface RasterPool {
	/** The card's SVG as PNG bytes. */
	rasterise(svg: string): Promise<Uint8Array<ArrayBuffer>>;
	/** Stops the workers; pending work is rejected. */
	close(): Promise<void>;
}

interface Job {
	id: number;
	svg: string;
	resolve: (png: Uint8Array<ArrayBuffer>) => void;
	reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/**
 * Workers to start by default: one per core. The build's main thread shares a core with one of them, but it
 * spends much of its time waiting for images (measured at 1,000 articles on 2 cores: one worker was busy for
 * the whole page generation while the main thread idled), so a core per worker keeps both cores busy.
 */
export const defaultRasterWorkers = (): number => Math.max(1, os.availableParallelism());

/**
 * Starts `size` workers running `workerPath` (src/lib/sharing/social-image/raster-worker.mjs). Idle workers do not keep
 * the process alive, so a build that forgets to close the pool still exits.
 */
export function createRasterPool(workerPath: string, size = defaultRasterWorkers()): RasterPool {
	const queue: Job[] = [];
	const busy = new Map<Worker, Job>();
	const idle: Worker[] = [];
	let nextId = 0;
	let closed = false;
	let alive = size;

	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.pop() as Worker;
			const job = queue.shift() as Job;
			busy.set(worker, job);
			worker.ref();
			worker.postMessage({ id: job.id, svg: job.svg });
		}
	};

	const fail = (worker: Worker, error: Error) => {
		busy.get(worker)?.reject(error);
		busy.delete(worker);
	};

	for (let i = 0; i < size; i++) {
		const worker = new Worker(workerPath);
		worker.unref();
		worker.on('message', (reply: Reply) => {
			const job = busy.get(worker);
			busy.delete(worker);
			worker.unref();
			idle.push(worker);
			if (job && job.id === reply.id) {
				if ('error' in reply) job.reject(new Error(`Rendering a social image failed: ${reply.error}`));
				else job.resolve(reply.png);
			}
			dispatch();
		});
		worker.on('error', (error) => fail(worker, error));
		worker.on('exit', (code) => {
			const index = idle.indexOf(worker);
			if (index !== -1) idle.splice(index, 1);
			if (!closed) fail(worker, new Error(`A social image worker stopped (exit code ${code})`));
			alive -= 1;
			if (alive === 0) for (const job of queue.splice(0)) job.reject(new Error('No social image worker is left'));
		});
		idle.push(worker);
	}

	return {
		rasterise(svg) {
			if (closed) return Promise.reject(new Error('The social image workers were stopped'));
			return new Promise((resolve, reject) => {
				queue.push({ id: nextId++, svg, resolve, reject });
				dispatch();
			});
		},
		async close() {
			closed = true;
			const workers = [...idle, ...busy.keys()];
			for (const job of busy.values()) job.reject(new Error('The social image workers were stopped'));
			busy.clear();
			for (const job of queue.splice(0)) job.reject(new Error('The social image workers were stopped'));
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}

let shared: RasterPool | undefined;

/**
 * The build's pool, started on first use, when astro.config.mjs names the worker
 * (`import.meta.env.SOCIAL_IMAGE_RASTER_WORKER`); without it (tests, tools) images are drawn on the calling thread.
 */
export function sharedRasterPool(workerPath: string | undefined): RasterPool | undefined {
	if (!workerPath) return undefined;
	shared ??= createRasterPool(workerPath);
	return shared;
}
