import { expect, type Locator } from '@playwright/test';

/**
 * Draws the stage's SVG at its own size (1 unit = 1 px), as a file opens on its own. The camera frames the step
 * for the box's shape, so the box is resized until the frame and the box agree.
 */
export async function drawOneToOne(stage: Locator): Promise<void> {
	await stage.evaluate((el) => (el as HTMLElement).style.setProperty('--sm-max-height', 'none'));
	await expect
		.poll(() =>
			stage.evaluate((el) => {
				const picture = el.querySelector<SVGSVGElement>('svg.sm-svg');
				if (!picture) return Infinity;
				const wanted = picture.viewBox.baseVal.width;
				const off = Math.abs(picture.getBoundingClientRect().width - wanted);
				if (off > 0.5) (el as HTMLElement).style.width = `${wanted}px`;
				return off;
			})
		)
		.toBeLessThanOrEqual(0.5);
}
