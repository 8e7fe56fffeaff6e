/**
 * What the built manifest gives Tact at install: the hosts it may read, and the content script it
 * runs there. Admin-added sites get the very same script (same files, same timing), so they are read
 * from the manifest rather than repeated here — WXT decides the file names.
 */
import { browser } from 'wxt/browser';
import { KNOWN_HELPDESK_HOSTS } from '../adapters/hosts';

export interface InstallInfo {
  /** `host_permissions`: origins Tact never asks for and never gives back. */
  hosts: string[];
  /** The manifest's content script. */
  script: { js: string[]; css: string[]; matches: string[] };
}

interface ManifestShape {
  host_permissions?: string[];
  content_scripts?: { js?: string[]; css?: string[]; matches?: string[] }[];
}

const FALLBACK: InstallInfo = {
  hosts: [...KNOWN_HELPDESK_HOSTS],
  script: { js: ['content-scripts/content.js'], css: [], matches: [...KNOWN_HELPDESK_HOSTS] },
};

export function installInfo(manifest?: ManifestShape): InstallInfo {
  let m = manifest;
  if (!m) {
    try {
      m = browser.runtime.getManifest() as ManifestShape;
    } catch {
      return FALLBACK;
    }
  }
  const script = m.content_scripts?.find((s) => s.js?.length);
  return {
    hosts: m.host_permissions ?? FALLBACK.hosts,
    script: script ? { js: script.js ?? [], css: script.css ?? [], matches: script.matches ?? [] } : FALLBACK.script,
  };
}
