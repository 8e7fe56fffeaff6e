import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import { attachmentsFeature } from '../attachments/feature';
import { mountTickets } from '../attachments/test-fixture';
import { framingFeature } from '../framing/feature';
import { namesFeature } from '../names/feature';
import { getSurface } from '../overlay/surface';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import type { Feature } from './feature';
import { startSession, type Session } from './session';

let session: Session | null = null;
afterEach(() => {
  session?.stop();
  session = null;
});

function start(feature: Feature, settings: () => Settings): Session {
  mountTickets();
  const adapter = createAdapter(demo);
  const root = adapter.root(document)!;
  // The real `applies`, a stub `init`: what is under test is when the host must restart.
  session = startSession({
    adapter,
    siteId: 'demo',
    open: { ticket: adapter.ticket(document)!, root },
    doc: document,
    surface: getSurface(document),
    features: [{ id: feature.id, applies: feature.applies, init: () => {} }],
    settings,
    onStatus: () => {},
  });
  return session;
}

const switches: Array<[string, Feature, (s: Settings, on: boolean) => void]> = [
  ['framing.enabled', framingFeature, (s, on) => (s.framing.enabled = on)],
  ['names.enabled', namesFeature, (s, on) => (s.names.enabled = on)],
  ['attachments.enabled', attachmentsFeature, (s, on) => (s.attachments.enabled = on)],
  ['attachments.disabledSites', attachmentsFeature, (s, on) => (s.attachments.disabledSites = on ? [] : ['demo'])],
];

describe('a session tells the host when a setting turned a feature on or off', () => {
  for (const [path, feature, set] of switches) {
    it(`${path}: off → on and on → off are changes, an unrelated setting is not`, () => {
      for (const startOn of [false, true]) {
        const settings = structuredClone(DEFAULT_SETTINGS);
        set(settings, startOn);
        const s = start(feature, () => settings);
        expect(s.appliesChanged()).toBe(false);
        settings.agentName = 'Someone else';
        expect(s.appliesChanged()).toBe(false);
        set(settings, !startOn);
        expect(s.appliesChanged()).toBe(true);
        s.stop();
      }
    });
  }
});
