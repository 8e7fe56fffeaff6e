/**
 * Marks a greeting that names someone other than the customer on record, offers a one-click fix in
 * the draft's own style, and (by default) asks before a send while the mismatch stands.
 */
import { liveCheck, type LiveCheck } from '../check/live';
import { describeCustomer } from '../check/messages';
import type { CustomerRecord, NameWarning } from '../check/types';
import { replaceRange } from '../editor/replace';
import { defineFeature, type EditorEntry } from '../host/feature';
import { pick } from '../i18n';
import { rulesStamp } from '../settings/stamp';
import { t } from './messages';


export const namesFeature = defineFeature({
  id: 'names',
  applies: (ctx) => ctx.settings().names.enabled,
  init(ctx, signal) {
    const record = (): CustomerRecord | null => ctx.customer();
    const warnings = new Map<EditorEntry, { live: LiveCheck; warning: NameWarning | null; dismissed: Set<string> }>();
    // Says once per ticket (and again only if the record changes) whether the check can run.
    let described = '';
    const reportState = () => {
      const rec = record();
      const key = JSON.stringify(rec);
      if (key === described) return;
      described = key;
      if (!rec) {
        ctx.report('names', { state: 'off', note: { en: t.in('en')('noRecord'), ru: t.in('ru')('noRecord') } });
        return;
      }
      describeCustomer.send(rec).then(
        (d) => ctx.report('names', d.usable ? { state: 'on', data: { record: d.display } } : { state: 'off', note: d.message }),
        () => ctx.report('names', { state: 'on', data: { record: rec.name ?? rec.email } }),
      );
    };
    reportState();

    ctx.editors.each((entry, editorSignal) => {
      const annotations = entry.annotations();
      const state = { live: liveCheck(entry, record, signal, () => rulesStamp(ctx.settings())), warning: null as NameWarning | null, dismissed: new Set<string>() };
      warnings.set(entry, state);
      let checkedText = '';
      const layer = annotations.layer('names', () => {
        const w = state.warning;
        if (!w) return null;
        return {
          kind: 'name',
          kicker: t('kicker'),
          title: pick(w.message),
          body: t('greetingSays', { name: w.addressed }),
          actions: [
            {
              id: 'replace',
              label: t('replace', { name: w.replacement }),
              primary: true,
              run: async () => {
                const now = entry.handle.text();
                // The warning's offsets are for the checked text; find the name again in the current one.
                const at = now.slice(w.start, w.end) === w.addressed ? w.start : now.indexOf(w.addressed);
                if (at >= 0) await replaceRange(entry.handle, at, at + w.addressed.length, w.replacement);
              },
            },
            {
              id: 'keep',
              label: t('keep'),
              run: () => {
                state.dismissed.add(w.addressed);
                state.warning = null;
                layer.clear();
              },
            },
          ],
        };
      });
      const off = state.live.subscribe(({ text, result }) => {
        reportState();
        const w = ctx.settings().names.enabled ? result.warning : null;
        state.warning = w && !state.dismissed.has(w.addressed) ? w : null;
        checkedText = text;
        if (state.warning) layer.set([{ id: 'w', start: state.warning.start, end: state.warning.end, kind: 'name' }], checkedText);
        else layer.clear();
      });
      editorSignal.addEventListener('abort', () => {
        off();
        warnings.delete(entry);
      }, { once: true });
    });

    const hold = (w: NameWarning) => ({ id: 'names', title: t('holdTitle', { addressed: w.addressed, record: w.recordName }) });
    const offGuard = ctx.guard.addCheck('names', (attempt) => {
      if (!ctx.settings().names.holdOnSend) return null;
      const entry = [...warnings.keys()].find((e) => e.handle.element === attempt.editor) ?? [...warnings.keys()][0];
      const state = entry && warnings.get(entry);
      if (!entry || !state) return null;
      const latest = state.live.latest();
      if (latest && latest.text === entry.handle.text()) return state.warning ? hold(state.warning) : null;
      // The draft changed since the last check: check it now (the guard waits briefly, then sends).
      return state.live.fresh().then((r) => {
        const w = r?.result.warning;
        return w && !state.dismissed.has(w.addressed) ? hold(w) : null;
      });
    });
    signal.addEventListener('abort', offGuard, { once: true });
  },
});
