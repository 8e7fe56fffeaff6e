/**
 * Helpdesk sites: the built-in helpdesks (on/off, attachment check, selector overrides) and the
 * admin's own sites (runtime host access, Tact's script registered by the background), each with a
 * check against an open tab. What the policy manages shows as managed and cannot be changed.
 */
import { useOptions } from '../context';
import { SectionFrame } from '../ui/controls';
import { BuiltInSites } from './BuiltInSites';
import { CustomSites } from './CustomSites';
import { sitesManaged } from './managed';
import { t } from './strings';
import './sites.css';

export function SitesSection() {
  const { state, locale } = useOptions();
  const tr = t.in(locale);
  const managed = sitesManaged(state);
  return (
    <SectionFrame id="sites" title={tr('title')} intro={tr('intro')}>
      {managed.sitesLocked && (
        <p class="op-notice" data-testid="sites-locked">
          {tr('locked')}
        </p>
      )}
      <CustomSites managed={managed} />
      <BuiltInSites managed={managed} />
    </SectionFrame>
  );
}
