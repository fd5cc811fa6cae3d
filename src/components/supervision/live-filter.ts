// Live filtering by name on the supervision pages (the lists work without it): each name box
// hides the items of its block (`.fi`) whose unit or agency name does not contain the words typed,
// with or without diacritics.
import { fold } from '../../lib/util/text.ts';

export function liveFilters(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-live-filter]')) {
    const box = input.closest('.filterable');
    if (!box) continue;
    input.closest<HTMLElement>('.live-filter')!.hidden = false;
    const items = [...box.querySelectorAll<HTMLElement>('.fi')].map((el) => ({
      el,
      name: fold((el.querySelector('a') ?? el.firstChild)?.textContent ?? ''),
    }));
    input.addEventListener('input', () => {
      const q = fold(input.value);
      for (const item of items) item.el.hidden = q !== '' && !item.name.includes(q);
    });
  }
}
