/** Saves a Blob or text as a file through a temporary link (browser code). */
export function download(data: Blob | string, filename: string, type = 'application/octet-stream'): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: the download may read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
