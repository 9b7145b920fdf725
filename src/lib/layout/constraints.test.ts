import { describe, expect, test } from 'vitest';
import { DifferenceSystem } from './constraints.js';

describe('DifferenceSystem', () => {
	test('finds the least solution: every variable as low as its constraints allow', () => {
		const system = new DifferenceSystem();
		const [a, b, c] = [system.variable(), system.variable(), system.variable()];
		system.atLeast(0, a, 5);
		system.atLeast(a, b, 10);
		system.atLeast(0, c, 2);
		system.atLeast(c, b, 20);
		expect([...(system.solve() ?? [])]).toEqual([0, 5, 22, 2]);
	});

	test('keeps equal variables equal, with an offset', () => {
		const system = new DifferenceSystem();
		const [a, b] = [system.variable(), system.variable()];
		system.atLeast(0, a, 7);
		system.equal(b, a, 3);
		expect([...(system.solve() ?? [])]).toEqual([0, 7, 10]);
	});

	test('negative gaps allow a variable below another, but never below 0', () => {
		const system = new DifferenceSystem();
		const [a, b] = [system.variable(), system.variable()];
		system.atLeast(0, a, 10);
		system.atLeast(a, b, -4);
		system.atLeast(a, b, -20);
		expect([...(system.solve() ?? [])]).toEqual([0, 10, 6]);
	});

	test('a floor raises a variable and what depends on it', () => {
		const system = new DifferenceSystem();
		const [a, b] = [system.variable(), system.variable()];
		system.atLeast(a, b, 1);
		system.floor(a, 40);
		system.floor(a, 30);
		expect([...(system.solve() ?? [])]).toEqual([0, 40, 41]);
	});

	test('reports contradictory constraints instead of looping', () => {
		const system = new DifferenceSystem();
		const [a, b] = [system.variable(), system.variable()];
		system.atLeast(a, b, 1);
		system.atLeast(b, a, 1);
		expect(system.solve()).toBeUndefined();
	});

	test('reports a constraint that would move the origin', () => {
		const system = new DifferenceSystem();
		const a = system.variable();
		system.atLeast(a, 0, 1);
		expect(system.solve()).toBeUndefined();
	});
});
