/**
 * The live tester: a draft run through the same check the extension runs in the helpdesk
 * (`findFraming` with the effective packs, plus the rule being edited), showing each sentence that
 * would be underlined, the rule that names it and what the agent would read, and which other rules
 * match it too. Re-runs shortly after typing stops and whenever the rules change.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { CheckLang, FramingFinding } from '../../check/types';
import { compiledPack, findFraming, ruleFlags, type FramingPack } from '../../framing';
import { pick, type Locale } from '../../i18n';
import { analyzeDraft } from '../../text/analyze';
import { t } from './strings';

const DEBOUNCE_MS = 150;
/** The tester reads at most this much; the check itself is linear, this keeps typing smooth. */
export const TESTER_MAX = 20_000;

export interface TesterResult {
  lang: string;
  findings: Array<FramingFinding & { sentence: string; also: string[] }>;
}

export function testDraft(text: string, packs: Record<CheckLang, FramingPack>): TesterResult {
  const analysis = analyzeDraft(text.slice(0, TESTER_MAX));
  const findings = findFraming(analysis, { packs }).map((f) => {
    const sentence = analysis.sentences.find((s) => s.start === f.start);
    const compiled = compiledPack(packs[f.lang]);
    const also = sentence ? packs[f.lang].rules.filter((r) => r.id !== f.ruleId && ruleFlags(compiled, r.id, sentence.words)).map((r) => r.id) : [];
    return { ...f, sentence: analysis.text.slice(f.start, f.end), also };
  });
  return { lang: analysis.lang, findings };
}

export function Tester({ packs, locale, withDraft }: { packs: Record<CheckLang, FramingPack>; locale: Locale; withDraft: boolean }) {
  const tr = t.in(locale);
  const id = useId();
  const [text, setText] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useMemo(() => (settled.trim() ? testDraft(settled, packs) : null), [settled, packs]);
  const langName = (lang: string) => (lang === 'ru' ? tr('langRu') : lang === 'en' ? tr('langEn') : lang === 'und' ? tr('langUnd') : tr('langOther'));

  return (
    <section class="op-panel" aria-labelledby={`${id}-title`} data-testid="tester">
      <h3 id={`${id}-title`}>{tr('testerTitle')}</h3>
      <p class="op-hint">{tr('testerIntro')}</p>
      <label class="op-visually-hidden" for={`${id}-draft`}>
        {tr('testerLabel')}
      </label>
      <textarea
        id={`${id}-draft`}
        class="op-textarea"
        rows={5}
        maxLength={TESTER_MAX}
        placeholder={tr('testerPlaceholder')}
        value={text}
        aria-describedby={`${id}-out`}
        data-testid="tester-input"
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {withDraft && <p class="op-hint">{tr('testerWithDraft')}</p>}
      <div id={`${id}-out`} class="op-tester-output" aria-live="polite" data-testid="tester-output">
        {!result && <p class="op-muted op-small">{tr('testerEmpty')}</p>}
        {result && result.lang !== 'ru' && result.lang !== 'en' && result.findings.length === 0 && <p class="op-muted">{tr('testerLangOther')}</p>}
        {result && (result.lang === 'ru' || result.lang === 'en') && <p class="op-muted op-small">{tr('testerLang', { lang: langName(result.lang) })}</p>}
        {result && result.findings.length === 0 && (result.lang === 'ru' || result.lang === 'en') && <p data-testid="tester-nothing">{tr('testerNothing')}</p>}
        {result && result.findings.length > 0 && (
          <>
            <p>{tr('testerFound', { count: result.findings.length })}</p>
            <ul class="op-diff" data-testid="tester-findings">
              {result.findings.map((f) => (
                <li key={`${f.start}`} class={`op-finding${f.severity === 'soft' ? ' is-soft' : ''}`} data-testid="tester-finding" data-rule={f.ruleId}>
                  <q lang={f.lang}>{f.sentence}</q>
                  <p>
                    <strong>{pick(f.message, locale)}</strong> <span class="op-badge op-rule-id">{tr('testerRule', { id: f.ruleId })}</span>{' '}
                    {f.severity === 'soft' && <span class="op-badge">{tr('testerSoft')}</span>}
                  </p>
                  <p class="op-muted">{pick(f.hint, locale)}</p>
                  {f.also.length > 0 && <p class="op-muted op-small">{tr('testerAlso', { ids: f.also.join(', ') })}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
