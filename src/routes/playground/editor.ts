/**
 * The playground's YAML editor (CodeMirror 6), loaded only by this page: completion of keys and values and hover
 * docs from the storyline's JSON Schema, and the parser's errors as inline markers at their lines.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import type { LocatedError } from '$lib/authoring/parse.js';
import schemaJson from '$lib/schema.json' with { type: 'json' };
import { docAt, keysAt, valuesAt, type JsonSchemaNode } from './schema-walk.js';
import { keyPathAt, yamlContextAt } from './yaml-context.js';

const schema = schemaJson as JsonSchemaNode;

export interface PlaygroundEditor {
	/** Replaces the whole text (a "start from" pick); fires `onchange`. */
	setText(text: string): void;
	/** Shows these errors as markers; errors without a line are put on the first line. */
	showErrors(errors: readonly LocatedError[]): void;
	/** Puts the cursor at a line and column (1-based) and focuses the editor. */
	reveal(line: number, column: number): void;
	destroy(): void;
}

export interface EditorOptions {
	text: string;
	label: string;
	onchange(text: string): void;
}

function complete(context: CompletionContext): CompletionResult | null {
	const at = yamlContextAt(context.state.doc.toString(), context.pos);
	if (at.kind === 'key') {
		if (!/^[\w$-]*$/.test(at.prefix)) return null;
		if (at.prefix === '' && !context.explicit) return null;
		const options = keysAt(schema, at.path).map((doc) => ({
			label: doc.key,
			type: 'property',
			detail: doc.required ? `${doc.type} (required)` : doc.type,
			info: doc.description,
			apply: `${doc.key}: `
		}));
		return options.length ? { from: at.from, options, validFor: /^[\w$-]*$/ } : null;
	}
	const values = valuesAt(schema, [...at.path, at.key]);
	if (values.length === 0) return null;
	return {
		from: at.from,
		options: values.map((value) => ({ label: value, type: 'enum' })),
		validFor: /^[\w-]*$/
	};
}

const hoverDocs = hoverTooltip((view, pos) => {
	const key = keyPathAt(view.state.doc.toString(), pos);
	if (!key) return null;
	const doc = docAt(schema, key.path);
	if (!doc) return null;
	return {
		pos: key.from,
		end: key.to,
		above: true,
		create() {
			const dom = document.createElement('div');
			dom.className = 'pg-hover';
			const type = document.createElement('code');
			type.textContent = doc.type;
			const text = document.createElement('p');
			text.textContent = doc.description;
			dom.append(type, text);
			return { dom };
		}
	};
});

/** An error's place as a range: from its column to the end of the word there (or of the line). */
function rangeOf(doc: Text, error: LocatedError): { from: number; to: number } {
	const line = doc.line(Math.min(Math.max(error.line ?? 1, 1), doc.lines));
	const from = Math.min(line.from + Math.max((error.column ?? 1) - 1, 0), line.to);
	const word = /^[^\s,:\]}]+/.exec(line.text.slice(from - line.from));
	const to = word ? from + word[0].length : line.to;
	return to > from ? { from, to } : { from: line.from, to: line.to };
}

export function createEditor(parent: HTMLElement, options: EditorOptions): PlaygroundEditor {
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: options.text,
			extensions: [
				basicSetup,
				yaml(),
				yamlLanguage.data.of({ autocomplete: complete }),
				syntaxHighlighting(classHighlighter),
				lintGutter(),
				hoverDocs,
				EditorState.tabSize.of(2),
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ 'aria-label': options.label }),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onchange(update.state.doc.toString());
				})
			]
		})
	});

	return {
		setText(text) {
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		showErrors(errors) {
			const diagnostics: Diagnostic[] = errors.map((error) => ({
				...rangeOf(view.state.doc, error),
				severity: 'error',
				source: error.path || undefined,
				message: `${error.code}: ${error.message}`
			}));
			view.dispatch(setDiagnostics(view.state, diagnostics));
		},
		reveal(line, column) {
			const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
			const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
			view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
			view.focus();
		},
		destroy() {
			view.destroy();
		}
	};
}
