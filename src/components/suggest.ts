// The header search box's suggestions: shown as the visitor types; ↓ and ↑ move through them
// (and back to the box), Enter follows the focused one, Escape closes the list.
import { cancel, loadIndex, loadWhenIdle, run } from './search-client.ts';

export function suggest(form: HTMLFormElement | null): void {
  const input = form?.querySelector<HTMLInputElement>('input');
  const list = form?.querySelector<HTMLElement>('.suggest');
  if (!form || !input || !list) return;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    cancel(list); // the former names may still be loading: their answer must not reopen it
    list.hidden = true;
  };
  // The index loads once the page is idle, or when the box gets focus if that comes first.
  loadWhenIdle();
  input.addEventListener('focus', () => void loadIndex().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    if (input.value.trim() === '') return close();
    void run(input.value, list, 8, (results, note) => {
      list.hidden = results.length === 0 && !note;
    });
  });
  form.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= all.length) input.focus();
      else all[next]!.focus();
    } else if (e.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) close();
  });
}
