// Export speed: `stackmotion export kubernetes-cri` (the built CLI) to MP4, WebM, GIF and animated SVG, timed
// against the length of the animation it writes. The goal is faster than real time (ratio below 1). The
// machine may be shared, so the CPU time the export used (the CLI and any Chromium it starts, read from the
// kernel's count for child processes) is reported beside the wall-clock time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

/** Seconds of CPU used by finished child processes of this one (Linux: /proc/self/stat cutime + cstime). */
function childCpuSeconds() {
	if (!existsSync('/proc/self/stat')) return Number.NaN;
	const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
	// After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
	return (Number(fields[13]) + Number(fields[14])) / 100;
}

const FORMATS = [
	{ name: 'mp4', args: [] },
	{ name: 'webm', args: [] },
	{ name: 'gif', args: [] },
	{ name: 'svg', args: ['--animate'] }
];

export function measureExports(root, work, { stack = 'kubernetes-cri', log = () => {} } = {}) {
	const cli = `${root}dist-cli/stackmotion.js`;
	if (!existsSync(cli)) throw new Error('the built CLI is missing: run `npm run build` first');
	const results = {};
	let animationSeconds;
	for (const { name, args } of FORMATS) {
		const output = `${work}export.${name}`;
		log(`export ${stack} → ${name}`);
		const cpuBefore = childCpuSeconds();
		const started = performance.now();
		const run = spawnSync(process.execPath, [cli, 'export', stack, '-o', output, ...args], {
			encoding: 'utf8'
		});
		const seconds = (performance.now() - started) / 1000;
		const cpuSeconds = childCpuSeconds() - cpuBefore;
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
