import type { Model } from '../lib/model/types.ts';

// Astro bundles the pages into their own module graph, so module state is not shared with the
// build script that renders them: the model is handed over on a global symbol instead.
const MODEL = Symbol.for('minhbach.model');
const slot = globalThis as { [MODEL]?: Model };

/** The build hands the model it built to the pages it is about to render. */
export function handModel(model: Model): void {
  slot[MODEL] = model;
}

/** The model of this build, for pages to ask their view functions about. */
export function pageModel(): Model {
  const model = slot[MODEL];
  if (!model)
    throw new Error(
      'Chưa có mô hình dữ liệu: dựng trang bằng "npm run build" hoặc "npm run dev" / no model: build with "npm run build" or "npm run dev"',
    );
  return model;
}
