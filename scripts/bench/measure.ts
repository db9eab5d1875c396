/**
 * Running and measuring a command: wall time, peak memory of its whole process tree (sampled from
 * /proc every 100 ms), GNU time's figures (largest single process, CPU time), its output, and
 * machine load while it ran.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

export const timeBinary = '/usr/bin/time';

/** What one measured run produced. */
export interface RunResult {
	/** The command as run. */
	command: string;
	exitCode: number | null;
	/** Wall time measured around the process, in seconds. */
	wallSeconds: number;
	/** Peak of the summed RSS of the process tree (sampled every 100 ms), in MiB. */
	peakTreeRssMiB: number;
	/** Peak RSS of the largest single process (GNU time's "Maximum resident set size"), in MiB. */
	peakProcessRssMiB: number | null;
	/** CPU seconds of the tree (user + system): the larger of GNU time's figure and the /proc samples' sum. */
	cpuSeconds: number;
	/** CPU use as GNU time prints it, e.g. "143%". */
	cpuPercent: string | null;
	/** Load average (1 min) before and after. */
	loadBefore: number;
	loadAfter: number;
	/**
	 * CPU seconds used by OTHER processes on the machine while this ran (all busy CPU time from
	 * /proc/stat minus this tree's), and that as a share of the machine's capacity over the run (0–1).
	 * Near 0 on a quiet machine; the figures of a run with a high share are inflated.
	 */
	otherCpuSeconds: number;
	otherCpuShare: number;
	/** Where stdout + stderr went. */
	logFile: string;
}

export interface RunOptions {
	cwd?: string;
	env?: Record<string, string | undefined>;
	/** File for stdout + stderr (created). */
	logFile: string;
	/** Give up after this many seconds (the process tree is killed). */
	timeoutSeconds?: number;
	/** Echo the output while running. */
	echo?: boolean;
}

/** All descendants of `root` (and `root`), from /proc. */
function processTree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	const tree: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop() as number;
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

const pageSize = 4096;
const clockTicks = 100;

/** Busy (non-idle) CPU seconds of the whole machine since boot. */
export function machineBusySeconds(): number {
	const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
	const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
	return (user + nice + system + irq + softirq + steal) / clockTicks;
}

/** Summed RSS of the tree now, and each process's CPU seconds so far (into `cpu`, by pid and start time). */
function sampleTree(root: number, cpu: Map<string, number>): number {
	let total = 0;
	for (const pid of processTree(root)) {
		try {
			const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
			total += resident * pageSize;
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// Fields 14 and 15 of /proc/<pid>/stat (utime, stime) are at 11 and 12 after the command; 22 (starttime) at 19.
			const seconds = (Number(fields[11]) + Number(fields[12])) / clockTicks;
			cpu.set(`${pid}@${fields[19]}`, seconds);
		} catch {
			// Gone.
		}
	}
	return total;
}

function parseGnuTime(text: string): { maxRssKiB: number | null; cpuSeconds: number | null; cpuPercent: string | null } {
	const number = (label: string) => {
		const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
		return match ? Number(match[1]) : null;
	};
	const user = number('User time \\(seconds\\)');
	const system = number('System time \\(seconds\\)');
	return {
		maxRssKiB: number('Maximum resident set size \\(kbytes\\)'),
		cpuSeconds: user !== null && system !== null ? Math.round((user + system) * 100) / 100 : null,
		cpuPercent: /Percent of CPU this job got:\s*(\S+)/.exec(text)?.[1] ?? null,
	};
}

/** Runs `command args` under GNU time, sampling the memory of its process tree. Never throws on a non-zero exit. */
export async function measure(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
	await mkdir(path.dirname(options.logFile), { recursive: true });
	const timeFile = `${options.logFile}.time`;
	const useTime = existsSync(timeBinary);
	const [file, argv] = useTime ? [timeBinary, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
	const loadBefore = loadavg()[0] ?? 0;
	const busyBefore = machineBusySeconds();
	const started = performance.now();
	const child = spawn(file, argv, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	// The log is written as the command runs, so that a long build can be followed: tail -f <logFile>.
	const logStream = createWriteStream(options.logFile);
	const collect = (chunk: Buffer) => {
		logStream.write(chunk);
		if (options.echo) process.stdout.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let peak = 0;
	const cpuByProcess = new Map<string, number>();
	const sample = () => {
		if (child.pid) peak = Math.max(peak, sampleTree(child.pid, cpuByProcess));
	};
	const sampler = setInterval(sample, 100);
	let timedOut = false;
	const timer =
		options.timeoutSeconds === undefined
			? undefined
			: setTimeout(() => {
					timedOut = true;
					if (child.pid) process.kill(-child.pid, 'SIGKILL');
				}, options.timeoutSeconds * 1000);
	const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
	const wallSeconds = (performance.now() - started) / 1000;
	const busy = machineBusySeconds() - busyBefore;
	clearInterval(sampler);
	if (timer) clearTimeout(timer);
	if (timedOut) logStream.write(`\n[bench] killed after ${options.timeoutSeconds} s\n`);
	await new Promise<void>((resolve) => logStream.end(resolve));
	const gnu = useTime && existsSync(timeFile) ? parseGnuTime(await readFile(timeFile, 'utf8')) : { maxRssKiB: null, cpuSeconds: null, cpuPercent: null };
	// GNU time counts only children that were waited for; a helper binary killed at exit (Pagefind's) is not.
	// The /proc samples see every process of the tree; take the larger of the two.
	const sampledCpu = [...cpuByProcess.values()].reduce((sum, n) => sum + n, 0);
	const cpuSeconds = Math.round(Math.max(gnu.cpuSeconds ?? 0, sampledCpu) * 100) / 100;
	return {
		command: [command, ...args].join(' '),
		exitCode: timedOut ? null : exitCode,
		wallSeconds: Math.round(wallSeconds * 100) / 100,
		peakTreeRssMiB: Math.round(peak / 1048576),
		peakProcessRssMiB: gnu.maxRssKiB === null ? null : Math.round(gnu.maxRssKiB / 1024),
		cpuSeconds,
		cpuPercent: gnu.cpuPercent,
		loadBefore: Math.round(loadBefore * 100) / 100,
		loadAfter: Math.round((loadavg()[0] ?? 0) * 100) / 100,
		otherCpuSeconds: Math.round(Math.max(0, busy - cpuSeconds) * 10) / 10,
		otherCpuShare: Math.round((Math.max(0, busy - cpuSeconds) / (wallSeconds * cpus().length)) * 100) / 100,
		logFile: options.logFile,
	};
}

/** Bytes and file count of a directory tree. */
export async function directoryStats(dir: string, filter: (file: string) => boolean = () => true): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	const walk = async (current: string): Promise<void> => {
		for (const entry of await readdir(current, { withFileTypes: true })) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) await walk(full);
			else if (filter(full)) {
				bytes += (await stat(full)).size;
				files += 1;
			}
		}
	};
	if (existsSync(dir)) await walk(dir);
	return { bytes, files };
}

/** Every file under `dir`, relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	const walk = async (current: string): Promise<void> => {
		for (const entry of await readdir(current, { withFileTypes: true })) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) await walk(full);
			else out.push(path.relative(dir, full));
		}
	};
	if (existsSync(dir)) await walk(dir);
	return out;
}

/** What the machine is: for the report. */
export function machineInfo(): { nproc: number; memoryGiB: number; cpuModel: string; kernel: string } {
	const memInfo = readFileSync('/proc/meminfo', 'utf8');
	const totalKiB = Number(/MemTotal:\s+(\d+)/.exec(memInfo)?.[1] ?? 0);
	const modelFromProc = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
	return {
		nproc: Number(spawnSync('nproc', [], { encoding: 'utf8' }).stdout.trim()) || cpus().length,
		memoryGiB: Math.round((totalKiB / 1048576) * 10) / 10,
		cpuModel: modelFromProc ?? cpus()[0]?.model ?? 'unknown',
		kernel: spawnSync('uname', ['-sr'], { encoding: 'utf8' }).stdout.trim(),
	};
}

/** The busiest other processes right now (CPU %), to say how loaded the machine was. */
export function otherLoad(): { loadavg: number[]; busy: { pid: number; cpu: number; command: string }[] } {
	const ps = spawnSync('ps', ['-eo', 'pid,pcpu,comm', '--sort=-pcpu', '--no-headers'], { encoding: 'utf8' });
	const busy = ps.stdout
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter((parts) => parts.length >= 3 && Number(parts[1]) >= 5 && Number(parts[0]) !== process.pid)
		.slice(0, 5)
		.map(([pid, cpu, ...command]) => ({ pid: Number(pid), cpu: Number(cpu), command: command.join(' ') }));
	return { loadavg: loadavg().map((n) => Math.round(n * 100) / 100), busy };
}
