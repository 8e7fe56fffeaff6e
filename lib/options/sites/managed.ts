/** What the policy manages in this section, read off the shell's `OptionsState`. */
import type { OptionsState } from '../store';
import { isLocked } from '../../settings/policy';

export interface SitesManaged {
  /** The policy locks the custom sites: only its own are used, none can be added. */
  sitesLocked: boolean;
  site(id: string): boolean;
  adapter(id: string): boolean;
  /** The attachment check's switch for this adapter or site. */
  attachments(id: string): boolean;
}

export function sitesManaged(state: OptionsState): SitesManaged {
  const m = state.managed;
  const sitesLocked = isLocked(m, 'customSites');
  const adaptersLocked = isLocked(m, 'adapters');
  const attachmentsLocked = isLocked(m, 'attachments.disabledSites');
  // A union: the policy's switched-off sites stay off whatever the user stores.
  const policyOff = new Set((state.policy.values['attachments.disabledSites'] as string[] | undefined) ?? []);
  return {
    sitesLocked,
    site: (id) => sitesLocked || m.siteIds.has(id),
    adapter: (id) => adaptersLocked || m.adapterIds.has(id),
    attachments: (id) => attachmentsLocked || policyOff.has(id),
  };
}
