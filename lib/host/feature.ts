/**
 * Features plug into the host the way Refined GitHub's do: a name, when it applies, and an `init`
 * that receives an AbortSignal. The signal aborts when the agent leaves the ticket (in-app
 * navigation, another ticket tab, Tact paused) and the feature must then remove everything it added.
 */
import type { CustomerInfo, HelpdeskAdapter, TicketRef } from '../adapters/contract';
import type { EditorHandle } from '../editor/handle';
import type { Localized } from '../i18n';
import type { EditorAnnotations } from '../overlay/annotations';
import type { Surface } from '../overlay/surface';
import type { SendGuard } from '../send-guard/guard';
import type { Settings } from '../settings/model';

export interface EditorEntry {
  handle: EditorHandle;
  /** Marks, cards and the badge for this editor (created on first use). */
  annotations(): EditorAnnotations;
}

export interface EditorSet {
  list(): EditorEntry[];
  /** Called for every editor present now and every one that appears later; returns an unsubscribe. */
  each(callback: (editor: EditorEntry, signal: AbortSignal) => void): () => void;
}

export type FeatureState = 'on' | 'off' | 'error';

export interface FeatureStatus {
  state: FeatureState;
  /** Why it is off or what it sees, for the popup. */
  note?: Localized;
  /** Feature-specific data for the popup (e.g. attachments and their state). */
  data?: unknown;
}

export interface TicketContext {
  readonly adapter: HelpdeskAdapter;
  /** Adapter id or custom-site id: the key for per-site settings. */
  readonly siteId: string;
  readonly ticket: TicketRef;
  readonly root: Element;
  readonly doc: Document;
  readonly surface: Surface;
  readonly guard: SendGuard;
  readonly editors: EditorSet;
  settings(): Settings;
  /** Re-reads the customer on record (the helpdesk may fill it in after the ticket renders). */
  customer(): CustomerInfo | null;
  /** What this feature tells the popup. */
  report(featureId: string, status: FeatureStatus): void;
}

export interface Feature {
  id: string;
  applies?(ctx: TicketContext): boolean;
  init(ctx: TicketContext, signal: AbortSignal): void | Promise<void>;
}

const features: Feature[] = [];

export function defineFeature(feature: Feature): Feature {
  if (!features.some((f) => f.id === feature.id)) features.push(feature);
  return feature;
}

export function registeredFeatures(): readonly Feature[] {
  return features;
}
