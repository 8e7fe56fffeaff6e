import type { AdapterSelectors, AttachmentKind } from '../adapters/contract';
import type { CheckLang } from '../check/types';
import type { RefusalKind } from '../framing/types';
import type { Localized } from '../i18n';

/**
 * A phrase rule an admin wrote (options page, rule pack or policy), stored as data. It becomes a
 * `FramingRule` of its language's pack in lib/framing/custom.ts, which also validates it: a rule
 * whose pattern does not compile is never stored by the options page and never run by the checker.
 */
export interface CustomRuleSource {
  /** Unique among all rules, built-in ones included: `acme.no-refunds`. */
  id: string;
  lang: CheckLang;
  /** What kind of refusal it catches; an empty message or hint falls back to the kind's. */
  kind: RefusalKind;
  pattern: string;
  /** Patterns that excuse a match they overlap, anywhere in the sentence. */
  exceptions: string[];
  message: Localized;
  hint: Localized;
  /** Sentences the rule must flag and must leave alone; the options page runs them as you edit. */
  examples: { match: string[]; noMatch: string[] };
}

/** A site an admin added: Tact runs there with the generic adapter (or a built-in one) and these selectors. */
export interface CustomSite {
  id: string;
  /** A match pattern, e.g. `https://help.acme.com/*`. */
  pattern: string;
  /** Which adapter reads the page: `generic`, or a built-in helpdesk on a custom domain (`zammad`, …). */
  adapter: string;
  selectors: Partial<AdapterSelectors>;
  enabled: boolean;
}

export interface AdapterSettings {
  enabled: boolean;
  /** Admin overrides for when the helpdesk changes its DOM. */
  selectors: Partial<AdapterSelectors>;
}

export type PlaybackThreshold = 'started' | 'half' | 'end';

export interface Settings {
  /** Hosts the agent paused Tact on from the popup. */
  pausedHosts: string[];
  adapters: Record<string, AdapterSettings>;
  customSites: CustomSite[];
  /** Recorded on feedback items. */
  agentName: string;
  framing: {
    enabled: boolean;
    /** Ids of built-in or custom rules that are switched off. */
    disabledRules: string[];
    /** Rules an admin wrote (validated and compiled by lib/framing/custom.ts). */
    customRules: CustomRuleSource[];
    /** Hold the send while refusal framing is underlined (off by default: underlines are advice). */
    holdOnSend: boolean;
  };
  names: {
    enabled: boolean;
    /** Ask before sending while the greeting names someone else. */
    holdOnSend: boolean;
  };
  attachments: {
    enabled: boolean;
    /** How much of a video or audio must play before it counts as watched. */
    threshold: PlaybackThreshold;
    /** Kinds that must be opened before sending. */
    kinds: AttachmentKind[];
    /** Adapter ids or custom-site ids where the attachment check is off. */
    disabledSites: string[];
    /** Opened-state is forgotten after this many days. */
    expiryDays: number;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  pausedHosts: [],
  adapters: {},
  customSites: [],
  agentName: '',
  framing: { enabled: true, disabledRules: [], customRules: [], holdOnSend: false },
  names: { enabled: true, holdOnSend: true },
  attachments: {
    enabled: true,
    threshold: 'half',
    kinds: ['image', 'video', 'audio', 'document', 'archive', 'other'],
    disabledSites: [],
    expiryDays: 30,
  },
};
