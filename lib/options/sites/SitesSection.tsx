/**
 * Helpdesk sites — the slot for built-in adapters on/off and their selector overrides, custom sites
 * (runtime host permission + content-script registration) and the selector check against an open
 * tab. This directory belongs to the sites work; the shell only mounts `SitesSection` under
 * `#sites`. Read and save settings with `useOptions()` (`state.effective.adapters`,
 * `state.effective.customSites`, `state.managed.adapterIds` / `siteIds` / `isLocked(…, 'adapters')`).
 */
import { useOptions } from '../context';
import { t } from '../strings';
import { SectionFrame } from '../ui/controls';

export function SitesSection() {
  const { locale } = useOptions();
  const tr = t.in(locale);
  return (
    <SectionFrame id="sites" title={tr('navSites')}>
      <p class="op-muted" data-testid="sites-slot">
        {tr('sitesSlot')}
      </p>
    </SectionFrame>
  );
}
