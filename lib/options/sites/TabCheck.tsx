/**
 * "Check on an open tab": the open tabs of a site, and for the one chosen what Tact reads there
 * with the given selectors — a summary (ticket, customer, editor, send buttons, messages,
 * attachments) and each selector's count and first value. Everything from the page is rendered as
 * text: it is the page's data, never markup.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { errorText } from '../../feedback/strings';
import type { Locale } from '../../i18n';
import type { ProbeRequest } from '../../sites/probe';
import { keyLabel, t } from './strings';
import { openTabsOf, probeTab, type CheckTarget, type OpenTab, type ProbeResult } from './tabs';

export interface TabCheckProps {
  target: CheckTarget;
  request: ProbeRequest;
  /** False while the browser has not given access to the site: its tabs cannot be seen. */
  hasAccess: boolean;
  locale: Locale;
  testId: string;
}

export function TabCheck(p: TabCheckProps) {
  const tr = t.in(p.locale);
  const name = useId();
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ProbeResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      const list = await openTabsOf(p.target);
      setTabs(list);
      setChosen((c) => (c !== null && list.some((x) => x.id === c) ? c : (list[0]?.id ?? null)));
    } catch (e) {
      setTabs([]);
      setError(tr('tabsFailed', { reason: errorText(e, p.locale) }));
    }
  };
  const targetKey = JSON.stringify(p.target.kind === 'site' ? p.target.pattern : p.target.def.id);
  useEffect(() => {
    if (p.hasAccess) void load();
  }, [targetKey, p.hasAccess]);

  const run = async () => {
    if (chosen === null) return;
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      setResult(await probeTab(chosen, p.request));
    } catch (e) {
      setError(tr('checkFailed', { reason: errorText(e, p.locale) }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div class="op-check-panel" data-testid={p.testId} role="region" aria-label={tr('checkTitle')}>
      <h4>{tr('checkTitle')}</h4>
      {!p.hasAccess ? (
        <p class="op-muted">{tr('checkNoAccess')}</p>
      ) : (
        <>
          <p class="op-hint">{tr('checkIntro')}</p>
          {tabs !== null && tabs.length === 0 && <p class="op-muted" data-testid="check-no-tabs">{tr('checkNoTabs')}</p>}
          {tabs !== null && tabs.length > 0 && (
            <fieldset class="op-fieldset">
              <legend>{tr('tabsLabel')}</legend>
              <div class="op-tab-list">
                {tabs.map((tab) => (
                  <label key={tab.id} class="op-check op-tab">
                    <input type="radio" name={name} checked={chosen === tab.id} data-testid={`check-tab-${tab.id}`} onChange={() => setChosen(tab.id)} />
                    <span>
                      <span class="op-tab-title">{tab.title || tab.url}</span>
                      <span class="op-tab-url op-mono">{tab.url}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <div class="op-actions">
            <button type="button" class="op-button is-primary" disabled={chosen === null || running} data-testid="check-run" onClick={() => void run()}>
              {running ? tr('checkRunning') : tr('checkRun')}
            </button>
            <button type="button" class="op-button" data-testid="check-refresh" onClick={() => void load()}>
              {tr('checkRefresh')}
            </button>
          </div>
          {error && (
            <p class="op-error" role="alert" data-testid="check-error">
              {error}
            </p>
          )}
          {result && <CheckResult result={result} locale={p.locale} />}
        </>
      )}
    </div>
  );
}

function CheckResult({ result, locale }: { result: ProbeResult; locale: Locale }) {
  const tr = t.in(locale);
  const text = (value: string | null | undefined) => value || tr('none');
  return (
    <div class="op-check-result" data-testid="check-result" aria-live="polite">
      <p class="op-hint">{result.via === 'content-script' ? tr('checkVia') : tr('checkViaInjected')}</p>
      <h5>{tr('summary')}</h5>
      <dl class="op-summary" data-testid="check-summary">
        <dt>{tr('sumTicket')}</dt>
        <dd data-testid="sum-ticket">{result.ticketRoot ? tr('yes') : tr('no')}</dd>
        <dt>{tr('sumTicketId')}</dt>
        <dd data-testid="sum-ticket-id">{text(result.ticketId)}</dd>
        <dt>{tr('sumCustomer')}</dt>
        <dd data-testid="sum-customer">{text(result.customer?.name)}</dd>
        <dt>{tr('sumEmail')}</dt>
        <dd data-testid="sum-email">{text(result.customer?.email)}</dd>
        <dt>{tr('sumEditor')}</dt>
        <dd data-testid="sum-editor">{result.editors > 0 ? tr('editorFound', { engine: result.engine ?? '?' }) : tr('no')}</dd>
        <dt>{tr('sumSend')}</dt>
        <dd data-testid="sum-send">{result.sendButtons}</dd>
        <dt>{tr('sumMessages')}</dt>
        <dd data-testid="sum-messages">{tr('messagesCount', { count: result.messages.total, customer: result.messages.customer, agent: result.messages.agent })}</dd>
        <dt>{tr('sumAttachments')}</dt>
        <dd data-testid="sum-attachments">{result.customerAttachments}</dd>
      </dl>
      <div class="op-table-wrap">
        <table class="op-table">
          <caption>{tr('perSelector')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('colField')}</th>
              <th scope="col">{tr('colSelector')}</th>
              <th scope="col" class="op-num">{tr('colFound')}</th>
              <th scope="col">{tr('colFirst')}</th>
            </tr>
          </thead>
          <tbody>
            {result.findings.map((f) => (
              <tr key={f.key} data-testid={`check-row-${f.key}`}>
                <th scope="row">{tr(keyLabel(f.key))}</th>
                <td>
                  <code class="op-rule-pattern">{f.selector}</code>
                  <div class="op-hint">{tr(`scope_${f.scope}`)}</div>
                </td>
                <td class="op-num" data-testid={`check-count-${f.key}`}>
                  {f.error ? <span class="op-error">{f.error}</span> : f.count}
                </td>
                <td data-testid={`check-sample-${f.key}`}>{f.sample ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
