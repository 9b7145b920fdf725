// Export speed: `stackmotion export kubernetes-cri` (the built CLI) to MP4, WebM, GIF and animated SVG, timed
// against the length of the animation it writes. The goal is faster than real time (ratio below 1). The
// machine may be shared, so the CPU time the export used is reported beside the wall-clock time: the CLI and
// every process below it (the Chromium it starts and its renderer, GPU and utility processes), sampled from
// /proc while it runs, since Chromium's helpers are not all reaped by the CLI and the kernel's count for child
// processes would miss them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

/** Each process's parent and CPU seconds so far (utime + stime), from /proc (Linux). */
function processTable() {
	const table = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// After ") ": state, ppid, …; utime and stime are fields 14 and 15 (indices 11 and 12 here).
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			table.set(Number(entry), {
				parent: Number(fields[1]),
				cpu: (Number(fields[11]) + Number(fields[12])) / 100
			});
		} catch {
			// The process ended between the listing and the read.
		}
	}
	return table;
}

/** Runs a command to its end; wall seconds and the CPU seconds of it and all its descendants. */
function runMeasured(command, args) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const peak = new Map();
		const sample = () => {
			if (!existsSync('/proc/self/stat')) return;
			const table = processTable();
			for (const [pid, { cpu }] of table) {
				let up = pid;
				while (up && up !== child.pid) up = table.get(up)?.parent;
				if (up === child.pid) peak.set(pid, Math.max(peak.get(pid) ?? 0, cpu));
			}
		};
		const timer = setInterval(sample, 100);
		child.on('exit', (status) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			const cpuSeconds = existsSync('/proc/self/stat')
				? [...peak.values()].reduce((a, b) => a + b, 0)
				: Number.NaN;
			resolve({ status, stderr, seconds, cpuSeconds });
		});
	});
}

const FORMATS = [
	{ name: 'mp4', args: [] },
	{ name: 'webm', args: [] },
	{ name: 'gif', args: [] },
	{ name: 'svg', args: ['--animate'] }
];

export async function measureExports(root, work, { stack = 'kubernetes-cri', log = () => {} } = {}) {
	const cli = `${root}dist-cli/stackmotion.js`;
	if (!existsSync(cli)) throw new Error('the built CLI is missing: run `npm run build` first');
	const results = {};
	let animationSeconds;
	for (const { name, args } of FORMATS) {
		const output = `${work}export.${name}`;
		log(`export ${stack} → ${name}`);
		const run = await runMeasured(process.execPath, [cli, 'export', stack, '-o', output, ...args]);
		const { seconds, cpuSeconds } = run;
		if (run.status !== 0) throw new Error(`export to ${name} failed: ${run.stderr}`);
		const length = /\(([\d.]+) s of animation\)/.exec(run.stderr)?.[1];
		if (length) animationSeconds = Number(length);
		if (!animationSeconds) throw new Error(`export to ${name} did not say how long its animation is`);
		const round = (n) => Math.round(n * 100) / 100;
		results[name] = {
			seconds: round(seconds),
			cpuSeconds: round(cpuSeconds),
			animationSeconds,
			realtimeRatio: round(seconds / animationSeconds),
			cpuRealtimeRatio: round(cpuSeconds / animationSeconds),
			fileKb: Math.round(statSync(output).size / 1024)
		};
	}
	return results;
}
