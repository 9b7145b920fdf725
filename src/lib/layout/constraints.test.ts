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

	test('solving again after raising floors gives the same least solution as solving from scratch', () => {
		const build = () => {
			const system = new DifferenceSystem();
			const v = Array.from({ length: 6 }, () => system.variable());
			const [a, b, c, d, e, f] = v as [number, number, number, number, number, number];
			system.atLeast(a, b, 3);
			system.atLeast(b, c, 4);
			system.atLeast(a, d, -2);
			system.equal(e, d, 5);
			system.atLeast(c, f, 1);
			system.atLeast(e, f, 2);
			return { system, a, c, d };
		};
		const warm = build();
		expect([...(warm.system.solve() ?? [])]).toEqual([0, 0, 3, 7, 0, 5, 8]);
		warm.system.floor(warm.d, 9);
		warm.system.floor(warm.a, 1);
		const again = warm.system.solve();
		const cold = build();
		cold.system.floor(cold.d, 9);
		cold.system.floor(cold.a, 1);
		expect([...(again ?? [])]).toEqual([...(cold.system.solve() ?? [])]);
		expect([...(again ?? [])]).toEqual([0, 1, 4, 8, 9, 14, 16]);
	});

	test('a floor below the current solution changes nothing', () => {
		const system = new DifferenceSystem();
		const [a, b] = [system.variable(), system.variable()];
		system.atLeast(0, a, 10);
		system.atLeast(a, b, 5);
		expect([...(system.solve() ?? [])]).toEqual([0, 10, 15]);
		system.floor(b, 12);
		expect([...(system.solve() ?? [])]).toEqual([0, 10, 15]);
	});
});
