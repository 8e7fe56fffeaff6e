import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pick } from '../i18n';
import { tabStatus, type TabStatus } from '../host/status';
import { readCachedPolicy } from '../settings/effective';
import { EMPTY_POLICY, isLocked, managedOf, type ParsedPolicy } from '../settings/merge';
import { updateUserSettings } from '../settings/store';
import { t } from './messages';
import { featureSections } from './sections';

type Load = { state: 'loading' } | { state: 'none'; host: string | null } | { state: 'ok'; status: TabStatus; tabId: number };

async function loadStatus(): Promise<Load> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  let host: string | null = null;
  try {
    host = tab?.url ? new URL(tab.url).host : null;
  } catch {
    host = null;
  }
  if (tab?.id === undefined) return { state: 'none', host };
  try {
    return { state: 'ok', status: await tabStatus.sendToTab(tab.id, undefined, 0), tabId: tab.id };
  } catch {
    // No content script here: not a helpdesk page Tact may run on.
    return { state: 'none', host };
  }
}

/**
 * Whether the organisation decides if Tact is paused on this host: `pausedHosts` is locked (the
 * user's list is ignored), or the policy's own list pauses it (lists are merged, so removing it
 * from the user's list would not resume it).
 */
export function pauseManaged(policy: ParsedPolicy, host: string): boolean {
  if (isLocked(managedOf(policy), 'pausedHosts')) return true;
  const theirs = policy.values.pausedHosts;
  return Array.isArray(theirs) && theirs.includes(host);
}

export function Popup({ load = loadStatus, policy = readCachedPolicy }: { load?: () => Promise<Load>; policy?: () => Promise<ParsedPolicy> }) {
  const [data, setData] = useState<Load>({ state: 'loading' });
  const [managed, setManaged] = useState(false);
  useEffect(() => {
    load().then(setData, () => setData({ state: 'none', host: null }));
  }, [load]);
  const host = data.state === 'ok' ? data.status.host : null;
  useEffect(() => {
    if (host === null) return;
    policy().then(
      (p) => setManaged(pauseManaged(p, host)),
      () => setManaged(false),
    );
  }, [host, policy]);

  const togglePause = async (status: TabStatus) => {
    // the policy may have changed since the popup opened: never write what it would ignore
    if (pauseManaged(await policy().catch(() => EMPTY_POLICY), status.host)) {
      setManaged(true);
      return;
    }
    await updateUserSettings((s) => {
      const hosts = new Set(s.pausedHosts);
      if (status.paused) hosts.delete(status.host);
      else hosts.add(status.host);
      s.pausedHosts = [...hosts];
    });
    // The content script restarts on the settings change; give it a moment, then re-read.
    setTimeout(() => load().then(setData), 300);
  };

  const open = (path: string) => {
    // Page paths are checked by WXT's generated types only once those pages exist in this build.
    void browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) });
    window.close();
  };

  return (
    <main class="popup" data-testid="popup">
      <header class="popup__head">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <strong>Tact</strong>
        {data.state === 'ok' && (
          <span class={`popup__state ${data.status.paused ? 'is-paused' : data.status.helpdesk ? 'is-on' : ''}`}>
            {data.status.paused
              ? t('paused', { host: data.status.host })
              : data.status.helpdesk
                ? t('running', { name: siteName(data.status) })
                : t('notRunning')}
          </span>
        )}
      </header>

      {data.state === 'none' && (
        <section class="popup__empty">
          <p>{t('notRunning')}</p>
          <p class="muted">{t('notRunningHint')}</p>
        </section>
      )}

      {data.state === 'ok' && data.status.helpdesk && !data.status.paused && <StatusView status={data.status} />}

      {data.state === 'ok' && (data.status.helpdesk || data.status.paused) && (
        <button
          type="button"
          class="btn"
          data-testid="pause"
          disabled={managed}
          title={managed ? t('pauseManagedTitle') : undefined}
          onClick={() => void togglePause(data.status)}
        >
          {managed ? t('pauseManaged') : data.status.paused ? t('resume') : t('pause')}
        </button>
      )}

      <nav class="popup__links">
        <button type="button" class="link" data-testid="open-feedback" onClick={() => open('/feedback.html')}>
          {t('feedbackView')}
        </button>
        <button type="button" class="link" data-testid="open-options" onClick={() => open('/options.html')}>
          {t('options')}
        </button>
      </nav>
      {data.state === 'ok' && data.status.errors > 0 && <p class="muted small">{t('errors', { count: data.status.errors })}</p>}
      <p class="muted small">{t('local')}</p>
    </main>
  );
}

/** The generic adapter's name ("Any site") says nothing and is English only: an admin-added site is named by its host. */
function siteName(status: TabStatus): string {
  return status.helpdesk?.id === 'generic' ? status.host : (status.helpdesk?.name ?? status.host);
}

function StatusView({ status }: { status: TabStatus }) {
  const customer = status.customer;
  const framing = status.features.framing;
  const names = status.features.names;
  const findings = (framing?.data as { findings?: number } | undefined)?.findings ?? 0;
  return (
    <dl class="popup__facts">
      <dt>{t('ticket')}</dt>
      <dd data-testid="status-ticket">{status.ticket ? `#${status.ticket.id}` : t('noTicket')}</dd>
      <dt>{t('customer')}</dt>
      <dd data-testid="status-customer">
        {customer ? [customer.name, customer.email].filter(Boolean).join(' · ') || customer.userId : t('noCustomer')}
      </dd>
      <dt>{t('editor')}</dt>
      <dd data-testid="status-editor">{status.editors ? t('editorFound', { count: status.editors }) : t('editorMissing')}</dd>
      {framing && (
        <>
          <dt>{t('framing')}</dt>
          <dd data-testid="status-framing">
            {framing.state === 'on' ? (findings ? t('framingCount', { count: findings }) : t('framingNone')) : framing.state === 'error' ? t('error') : t('off')}
          </dd>
        </>
      )}
      {names && (
        <>
          <dt>{t('names')}</dt>
          <dd data-testid="status-names">
            {names.state === 'on'
              ? t('nameOn', { name: String((names.data as { record?: string } | undefined)?.record ?? '') })
              : names.state === 'error'
                ? t('error')
                : names.note
                  ? pick(names.note)
                  : t('off')}
          </dd>
        </>
      )}
      {featureSections.map(({ id, render }) => (status.features[id] ? <div key={id}>{render(status.features[id]!, status)}</div> : null))}
    </dl>
  );
}
