/** Extra popup sections contributed by features (e.g. the open ticket's attachments). */
import type { ComponentChildren } from 'preact';
import type { FeatureStatus } from '../host/feature';
import type { TabStatus } from '../host/status';
import { attachmentsSection } from '../attachments/popup-section';

export interface PopupSection {
  id: string;
  render: (status: FeatureStatus, tab: TabStatus) => ComponentChildren;
}

export const featureSections: PopupSection[] = [attachmentsSection];
