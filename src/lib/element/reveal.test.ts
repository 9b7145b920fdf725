import { describe, expect, it } from 'vitest';
import { stackmotionReveal, stepFromFragments } from './reveal.js';

/** Just enough of an element for the plugin: attributes, classes, an id, and querySelectorAll by role. */
class FakeElement {
	attributes = new Map<string, string>();
	classList: { contains: (name: string) => boolean };
	constructor(
		public id = '',
		attributes: Record<string, string> = {},
		classes: string[] = [],
		public children: FakeElement[] = []
	) {
		for (const [k, v] of Object.entries(attributes)) this.attributes.set(k, v);
		this.classList = { contains: (name) => classes.includes(name) };
	}
	getAttribute(name: string) {
		return this.attributes.get(name) ?? null;
	}
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
	removeAttribute(name: string) {
		this.attributes.delete(name);
	}
	hasAttribute(name: string) {
		return this.attributes.has(name);
	}
	querySelectorAll(selector: string) {
		const wantFragments = selector.startsWith('.fragment');
		return this.children.filter((c) =>
			wantFragments ? c.attributes.has('data-stackmotion-step') : c.id.startsWith('d')
		);
	}
}

const fragment = (index: number, step: string, visible: boolean, target?: string) =>
	new FakeElement(
		'',
		{
			'data-stackmotion-step': step,
			'data-fragment-index': String(index),
			...(target ? { 'data-stackmotion-target': target } : {})
		},
		visible ? ['fragment', 'visible'] : ['fragment']
	);

const asElement = (fake: FakeElement) => fake as unknown as Element;

describe('stepFromFragments', () => {
	it('shows the step of the last visible fragment, going forward or back', () => {
		const diagram = new FakeElement('d1', { 'data-stackmotion-initial': '' });
		const slide = new FakeElement('', {}, [], [diagram, fragment(0, '1.5', true), fragment(1, '1.24', true)]);
		expect(stepFromFragments(asElement(slide), asElement(diagram))).toBe('1.24');
		const back = new FakeElement('', {}, [], [diagram, fragment(0, '1.5', true), fragment(1, '1.24', false)]);
		expect(stepFromFragments(asElement(back), asElement(diagram))).toBe('1.5');
	});

	it('goes back to the initial step when no fragment is visible', () => {
		const diagram = new FakeElement('d1', { 'data-stackmotion-initial': '1.5' });
		const slide = new FakeElement('', {}, [], [diagram, fragment(0, '1.20', false)]);
		expect(stepFromFragments(asElement(slide), asElement(diagram))).toBe('1.5');
	});

	it('numbers unnamed fragments from the second step, and follows fragment order, not document order', () => {
		const diagram = new FakeElement('d1');
		const slide = new FakeElement('', {}, [], [diagram, fragment(1, '', true), fragment(0, '', true)]);
		// The fragment shown last (index 1) is the first in the document: the second step, "2".
		expect(stepFromFragments(asElement(slide), asElement(diagram))).toBe('2');
	});

	it('ignores fragments aimed at another diagram', () => {
		const diagram = new FakeElement('d1');
		const slide = new FakeElement(
			'',
			{},
			[],
			[diagram, fragment(0, '1.5', true), fragment(1, '1.24', true, 'd2')]
		);
		expect(stepFromFragments(asElement(slide), asElement(diagram))).toBe('1.5');
	});
});

describe('stackmotionReveal', () => {
	it('syncs on every event that can change what is shown, including arriving backward', () => {
		const events: string[] = [];
		const diagram = new FakeElement('d1', { step: '1.0' });
		const slide = new FakeElement('', {}, [], [diagram, fragment(0, '1.5', true), fragment(1, '1.24', true)]);
		const listeners = new Map<string, () => void>();
		stackmotionReveal().init({
			on: (type, listener) => {
				events.push(type);
				listeners.set(type, listener as () => void);
			},
			getCurrentSlide: () => asElement(slide) as HTMLElement
		});
		expect(events.sort()).toEqual(['fragmenthidden', 'fragmentshown', 'ready', 'slidechanged']);
		listeners.get('slidechanged')?.();
		expect(diagram.getAttribute('step')).toBe('1.24');
		expect(diagram.getAttribute('data-stackmotion-initial')).toBe('1.0');
	});
});
