/**
 * Underlines the draft's refusal-framed sentences with a card that says why and hints at a
 * helpful wording. "Ignore in this draft" hides a finding until the editor goes away.
 */
import { liveCheck, type LiveCheck } from '../check/live';
import type { FramingFinding } from '../check/types';
import { defineFeature } from '../host/feature';
import { pick } from '../i18n';
import { watchSettings } from '../settings/effective';
import { rulesStamp } from '../settings/stamp';
import { t } from './messages';

/** A finding is the same finding while its rule and its sentence's text are. */
const signature = (f: FramingFinding, text: string) => `${f.ruleId}\u0000${text.slice(f.start, f.end)}`;

export const framingFeature = defineFeature({
  id: 'framing',
  applies: (ctx) => ctx.settings().framing.enabled,
  init(ctx, signal) {
    let total = 0;
    const counts = new Map<string, number>();
    ctx.report('framing', { state: 'on' });
    // An admin's rule edit re-checks every open draft at once, not at the agent's next keystroke.
    const rules = () => rulesStamp(ctx.settings());
    const lives = new Set<LiveCheck>();
    let known = rules();
    watchSettings((next) => {
      const stamp = rulesStamp(next);
      if (stamp === known) return;
      known = stamp;
      for (const live of lives) live.refresh(stamp);
    }, signal);
    ctx.editors.each((entry, editorSignal) => {
      const ignored = new Set<string>();
      const annotations = entry.annotations();
      let findings: FramingFinding[] = [];
      let checkedText = '';
      const layer = annotations.layer('framing', (mark) => {
        const f = findings[Number(mark.id.split(':')[1])];
        if (!f) return null;
        return {
          kind: f.severity === 'soft' ? 'soft' : 'refusal',
          kicker: f.severity === 'soft' ? t('kickerSoft') : t('kicker'),
          title: pick(f.message),
          hint: pick(f.hint),
          actions: [
            {
              id: 'ignore',
              label: t('ignore'),
              run: () => {
                ignored.add(signature(f, checkedText));
                show();
              },
            },
          ],
        };
      });
      const show = () => {
        const visible = findings.map((f, i) => ({ f, i })).filter(({ f }) => !ignored.has(signature(f, checkedText)));
        layer.set(
          visible.map(({ f, i }) => ({ id: String(i), start: f.start, end: f.end, kind: f.severity === 'soft' ? ('soft' as const) : ('refusal' as const) })),
          checkedText,
        );
        counts.set(entry.handle.key, visible.filter(({ f }) => f.severity === 'refusal').length);
        total = [...counts.values()].reduce((a, b) => a + b, 0);
        ctx.report('framing', { state: 'on', data: { findings: total } });
      };
      const live = liveCheck(entry, () => ctx.customer(), signal, rules);
      lives.add(live);
      const off = live.subscribe(({ text, result }) => {
        findings = ctx.settings().framing.enabled ? result.findings : [];
        checkedText = text;
        show();
      });
      editorSignal.addEventListener('abort', () => {
        off();
        lives.delete(live);
        counts.delete(entry.handle.key);
      }, { once: true });
    });

    const offGuard = ctx.guard.addCheck('framing', () => {
      if (!ctx.settings().framing.holdOnSend || total === 0) return null;
      return { id: 'framing', title: t('holdTitle', { count: total }) };
    });
    signal.addEventListener('abort', offGuard, { once: true });
  },
});
