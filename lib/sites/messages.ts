/** Messages of the custom-site machinery: the options page asks the background to sync, and a tab to show what selectors find. */
import { defineMessage } from '../platform/messaging';
import type { SitesReport } from './access';
import type { ProbeReport, ProbeRequest } from './probe';

/** Options page → background: bring registrations and permissions in line now; answers where each site stands. */
export const sitesSync = defineMessage<void, SitesReport>('sites/sync');

/** Options page → a helpdesk tab's content script: what the given selectors find there (changes nothing). */
export const siteProbe = defineMessage<ProbeRequest, ProbeReport>('sites/probe');
