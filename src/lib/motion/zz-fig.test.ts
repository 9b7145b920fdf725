import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { test } from 'vitest';
import { validateStoryline } from '../model/validate.js';
import { stacks } from '../stacks/index.js';
import { createLayoutEngine, composeFor } from '../layout/engine.js';
import { drawingArea } from '../layout/joint.js';
import { stabilityReport } from '../layout/stability.js';
import { cameraFrame } from './camera.js';
const W = 1874, H = 840, FLOOR = 27;
const med = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
test('fig', async () => {
  const elk = new ElkBundled.default();
  const engine = createLayoutEngine(elk);
  for (const [id, spec] of Object.entries(stacks)) {
    const r = validateStoryline(spec); if (!r.ok) throw new Error(id);
    for (const which of ['before', 'after'] as const) {
      const c = which === 'before' ? { direction: r.storyline.direction, wrap: false, aspect: 16 / 9 } : await composeFor(elk, r.storyline, undefined);
      const j = await engine.layoutStoryline(r.storyline, { composition: c });
      const ind = await engine.layoutStoryline(r.storyline, { mode: 'independent', composition: c });
      const rep = stabilityReport(j, ind);
      const px = j.steps.map((_, i) => 15 * H / cameraFrame(j, i, { aspect: W / H, boxHeight: H, minNameSize: FLOOR }).height);
      const w = Math.max(...j.steps.map(s => s.width)), h = Math.max(...j.steps.map(s => s.height));
      console.log(`FIG ${id} ${which} ${c.direction}${c.wrap ? '+wrap' : ''} spacing ${c.spacing ?? 1} | ${w.toFixed(0)}×${h.toFixed(0)} | pred focus min ${Math.min(...px).toFixed(1)} med ${med(px).toFixed(1)} | disp ${rep.totals.displacementRatio?.toFixed(2)} per ${rep.pairs.map(p => p.displacementRatio?.toFixed(2)).join(' · ')} | order ${(rep.totals.orderKept * 100).toFixed(0)}% | drawing ${(drawingArea(j.steps) / drawingArea(ind.steps)).toFixed(2)}`);
    }
  }
}, 1800000);
