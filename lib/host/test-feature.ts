/**
 * Demo build only: hooks the e2e suite uses to exercise the foundation independent of the checks.
 * - `<html data-tact-test-mark="w1,w2">` underlines every occurrence of those words; the card's
 *   "Uppercase" action replaces the word through the editor's own input path.
 * - `<html data-tact-test-hold>` makes the send guard hold every send.
 */
import { replaceRange } from '../editor/replace';
import { defineFeature } from './feature';

export const testMarkFeature = defineFeature({
  id: 'test-mark',
  applies: (ctx) =>
    __TACT_DEMO__ && (ctx.doc.documentElement.hasAttribute('data-tact-test-mark') || ctx.doc.documentElement.hasAttribute('data-tact-test-hold')),
  init(ctx, signal) {
    const html = ctx.doc.documentElement;
    const words = () => (html.dataset.tactTestMark ?? '').split(',').map((w) => w.trim()).filter(Boolean);
    const off = ctx.guard.addCheck('test-hold', () => (html.hasAttribute('data-tact-test-hold') ? { id: 'test-hold', title: 'Held by the test feature' } : null));
    signal.addEventListener('abort', off, { once: true });

    ctx.editors.each((entry, editorSignal) => {
      const layer = entry.annotations().layer('test', (mark) => {
        const word = entry.handle.text().slice(mark.start, mark.end);
        return {
          kind: 'test',
          kicker: 'Test',
          title: `Test mark “${word}”`,
          actions: [
            {
              id: 'uppercase',
              label: 'Uppercase',
              primary: true,
              run: async () => {
                const result = await replaceRange(entry.handle, mark.start, mark.end, word.toUpperCase());
                html.dataset.tactTestReplace = result.ok ? `ok:${result.method}` : 'failed';
              },
            },
          ],
        };
      });
      const paint = () => {
        const text = entry.handle.text();
        const marks = [];
        for (const word of words()) {
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
            marks.push({ start: at, end: at + word.length, kind: 'test' as const });
          }
        }
        layer.set(marks, text);
      };
      paint();
      const offChange = entry.handle.onChange(paint);
      editorSignal.addEventListener('abort', offChange, { once: true });
    });
  },
});
