/**
 * The sites an admin added (here, by a rule pack, or by the organisation's policy): where each
 * stands with the browser, on/off (switching on asks for access from the click), the attachment
 * check, edit, remove, the open-tab check, and "Allow access" for a site still waiting for it —
 * the usual case for sites the policy pushes.
 */
import { useState } from 'preact/hooks';
import { definitionById } from '../../adapters/registry';
import { pick } from '../../i18n';
import type { CustomSite } from '../../settings/model';
import type { SiteAccess } from '../../sites/access';
import { useOptions } from '../context';
import { ManagedBadge } from '../ui/Managed';
import { Switch } from '../ui/controls';
import { askForAccess, originsToAsk, useSitesReport } from './access';
import { Named, toggled } from './BuiltInSites';
import type { SitesManaged } from './managed';
import { probeSelectorsOf } from './model';
import { SiteForm } from './SiteForm';
import { t } from './strings';
import { TabCheck } from './TabCheck';

export function CustomSites({ managed }: { managed: SitesManaged }) {
  const { state, locale } = useOptions();
  const tr = t.in(locale);
  const sites = state.effective.customSites;
  const { report, refresh } = useSitesReport(sites);
  const [adding, setAdding] = useState(false);
  return (
    <div class="op-panel" data-testid="custom-sites">
      <div class="op-panel-head">
        <h3>{tr('customTitle')}</h3>
        {!managed.sitesLocked && !adding && (
          <button type="button" class="op-button" data-testid="add-site" onClick={() => setAdding(true)}>
            {tr('addSite')}
          </button>
        )}
      </div>
      <p class="op-hint">{tr('customIntro')}</p>
      {adding && <SiteForm onDone={() => setAdding(false)} onAnswered={refresh} />}
      {sites.length === 0 ? (
        <p class="op-muted" data-testid="no-sites">
          {tr('noSites')}
        </p>
      ) : (
        <ul class="op-site-list">
          {sites.map((site) => (
            <SiteRow key={site.id} site={site} access={report?.[site.id]} managed={managed} refresh={refresh} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface SiteRowProps {
  site: CustomSite;
  access: SiteAccess | undefined;
  managed: SitesManaged;
  refresh: () => Promise<unknown>;
}

function SiteRow({ site, access, managed, refresh }: SiteRowProps) {
  const { state, locale, save, announce } = useOptions();
  const tr = t.in(locale);
  const [editing, setEditing] = useState(false);
  const [checking, setChecking] = useState(false);
  const locked = managed.site(site.id);
  const def = definitionById(site.adapter);

  const allow = () => {
    const answer = askForAccess(originsToAsk(site.pattern));
    void answer.then(async (granted) => {
      await refresh();
      announce(granted ? tr('granted', { pattern: site.pattern }) : tr('denied', { pattern: site.pattern }), granted ? 'ok' : 'error');
    });
  };
  const setEnabled = (on: boolean) => {
    // Asked from the switch's own event, before the save: the prompt needs the gesture.
    const answer = on ? askForAccess(originsToAsk(site.pattern)) : null;
    void (async () => {
      const saved = await save((d) => {
        const own = d.customSites.find((s) => s.id === site.id);
        if (own) own.enabled = on;
      });
      if (!saved || !answer) return;
      const granted = await answer;
      await refresh();
      if (!granted) announce(tr('denied', { pattern: site.pattern }), 'error');
    })();
  };
  const remove = () =>
    void save((d) => void (d.customSites = d.customSites.filter((s) => s.id !== site.id)), { announce: tr('removed', { pattern: site.pattern }) });

  const hasAccess = access?.state === 'active' || access?.state === 'install' || access?.state === 'failed';
  return (
    <li class="op-site" data-testid={`site-${site.id}`}>
      <div class="op-site-head">
        <code class="op-site-pattern">{site.pattern}</code>
        {locked && <ManagedBadge locale={locale} />}
      </div>
      <p class="op-hint">
        {tr('readAs', { name: site.adapter === 'generic' ? tr('adapterGeneric') : (def?.name ?? site.adapter) })}
        {state.managed.siteIds.has(site.id) ? ` ${tr('managedSite')}` : ''}
      </p>
      <AccessLine access={access} managedSite={state.managed.siteIds.has(site.id)} onAllow={allow} />
      {!editing && (
        <>
          <div class="op-site-switches">
            <Switch locale={locale} label={<Named text={tr('runsHere')} name={site.pattern} />} checked={site.enabled} managed={locked} testId={`site-enabled-${site.id}`} onChange={setEnabled} />
            <Switch
              locale={locale}
              label={<Named text={tr('attachmentsHere')} name={site.pattern} />}
              checked={!state.effective.attachments.disabledSites.includes(site.id)}
              managed={managed.attachments(site.id)}
              testId={`site-attachments-${site.id}`}
              onChange={(on) => void save((d) => void (d.attachments.disabledSites = toggled(d.attachments.disabledSites, site.id, !on)))}
            />
          </div>
          <div class="op-actions">
            {!locked && (
              <button type="button" class="op-button is-small" data-testid={`site-edit-${site.id}`} onClick={() => setEditing(true)}>
                <Named text={tr('editSite')} name={site.pattern} />
              </button>
            )}
            <button type="button" class="op-button is-small" aria-expanded={checking} data-testid={`site-check-${site.id}`} onClick={() => setChecking((c) => !c)}>
              <Named text={checking ? tr('hideCheck') : tr('checkTab')} name={site.pattern} />
            </button>
            {!locked && (
              <button type="button" class="op-button is-small is-danger" data-testid={`site-remove-${site.id}`} onClick={remove}>
                <Named text={tr('removeSite')} name={site.pattern} />
              </button>
            )}
          </div>
        </>
      )}
      {editing && <SiteForm site={site} onDone={() => setEditing(false)} onAnswered={refresh} />}
      {checking && (
        <TabCheck
          target={{ kind: 'site', pattern: site.pattern }}
          request={{ adapterId: site.adapter, selectors: probeSelectorsOf(site, state.effective) }}
          hasAccess={hasAccess}
          locale={locale}
          testId={`check-${site.id}`}
        />
      )}
    </li>
  );
}

function AccessLine({ access, managedSite, onAllow }: { access: SiteAccess | undefined; managedSite: boolean; onAllow: () => void }) {
  const { locale } = useOptions();
  const tr = t.in(locale);
  const id = access?.id ?? '';
  const line = (text: string, tone: 'ok' | 'warn' | 'bad' | 'muted') => (
    <p class={`op-access is-${tone}`} data-testid={`site-access-${id}`} data-state={access?.state ?? 'checking'}>
      {text}
    </p>
  );
  if (!access) return <p class="op-access is-muted" data-state="checking">{tr('accessChecking')}</p>;
  const origins = access.origins.join(', ');
  switch (access.state) {
    case 'active':
      return line(tr('accessActive'), 'ok');
    case 'install':
      return line(tr('accessInstall'), 'ok');
    case 'off':
      return line(tr('accessOff'), 'muted');
    case 'invalid':
      return line(tr('accessInvalid', { reason: access.reason ? pick(access.reason, locale) : '' }), 'bad');
    case 'failed':
      return line(tr('accessFailed', { error: access.error ?? '' }), 'bad');
    case 'missing':
      return (
        <div class="op-access-row">
          {line(managedSite ? tr('accessMissingManaged', { origins }) : tr('accessMissing', { origins }), 'warn')}
          <button type="button" class="op-button is-small is-primary" data-testid={`site-allow-${id}`} onClick={onAllow}>
            <Named text={tr('allow')} name={access.pattern} />
          </button>
        </div>
      );
  }
}
