// Worker thread: renders the share cards it is sent, with fonts loaded once per thread.
import { parentPort } from 'node:worker_threads';
import type { CardData } from './card-data.ts';
import { loadCardFonts } from './fonts-fs.ts';
import { renderCard } from './render-card.ts';

const fonts = loadCardFonts();
parentPort!.on('message', async (job: { id: number; data: CardData }) => {
  try {
    const png = await renderCard(job.data, fonts);
    parentPort!.postMessage({ id: job.id, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
