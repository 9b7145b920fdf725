/**
 * The speaker timer's text: `m:ss` under an hour, `h:mm:ss` after. Negative or non-finite input (a clock
 * that moved backwards, a corrupt stored start) reads as zero rather than as nonsense.
 */
export function formatElapsed(milliseconds: number): string {
	const total = Number.isFinite(milliseconds) && milliseconds > 0 ? Math.floor(milliseconds / 1000) : 0;
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	const ss = String(seconds).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The talk's start time as stored (a string of epoch ms), or null when missing or unusable. */
export function parseStoredStart(stored: string | null, now: number): number | null {
	if (stored === null || !/^\d+$/.test(stored)) return null;
	const start = Number(stored);
	// A start in the future comes from a changed clock: start again rather than count down.
	return start <= now ? start : null;
}
