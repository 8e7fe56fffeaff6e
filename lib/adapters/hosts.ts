/**
 * Hosts Tact runs on from install. Everything else (self-hosted Zammad and FreeScout, a company's own
 * helpdesk domain) is added by an admin and asked for at runtime through `optional_host_permissions`.
 * Kept as data: the manifest, the content-script registration and the options page all read this list.
 */
export const KNOWN_HELPDESK_HOSTS = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.helpscout.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://*.frontapp.com/*',
  'https://*.zammad.com/*',
  'https://secure.usedesk.ru/*',
] as const;
