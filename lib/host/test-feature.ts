/**
 * Demo build only: underlines every occurrence of the words listed in `<html data-tact-test-mark>`,
 * so the e2e suite can check the overlay's geometry on known words independent of the checks.
 */
import { defineFeature } from './feature';

export const testMarkFeature = defineFeature({
  id: 'test-mark',
  applies: (ctx) => __TACT_DEMO__ && ctx.doc.documentElement.hasAttribute('data-tact-test-mark'),
  init(ctx) {
    const words = () => (ctx.doc.documentElement.dataset.tactTestMark ?? '').split(',').map((w) => w.trim()).filter(Boolean);
    ctx.editors.each((entry, signal) => {
      const layer = entry.annotations().layer('test', (mark) => ({
        kind: 'test',
        kicker: 'Test',
        title: `Test mark ${mark.id}`,
        actions: [],
      }));
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
      const off = entry.handle.onChange(paint);
      signal.addEventListener('abort', off, { once: true });
    });
  },
});
