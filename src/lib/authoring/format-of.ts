/** Which syntax a spec file is written in, from its name: `.json` is JSON, anything else YAML (a superset). */
export type SpecFormat = 'yaml' | 'json';

export function formatOfFile(file: string | undefined): SpecFormat | undefined {
	if (file === undefined) return undefined;
	if (/\.json$/i.test(file)) return 'json';
	if (/\.ya?ml$/i.test(file)) return 'yaml';
	return undefined;
}
