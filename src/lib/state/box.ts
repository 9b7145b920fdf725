/**
 * A value read and written through a getter and a setter (the bits-ui `box.with`): a component hands its
 * bindable prop to a state class as `boxWith(() => step, (v) => (step = v))`, and the class reads the prop
 * reactively and writes it back without an effect copying one into the other.
 */
export interface Box<T> {
	get current(): T;
	set current(value: T);
}

export function boxWith<T>(get: () => T, set: (value: T) => void): Box<T> {
	return {
		get current() {
			return get();
		},
		set current(value: T) {
			set(value);
		}
	};
}
