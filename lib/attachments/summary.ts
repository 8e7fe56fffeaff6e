/**
 * What the dialog and the popup say about an attachment. The popup gets these summaries from the
 * content script as plain data and words them itself, in the same UI language.
 */
import type { AttachmentKind } from '../adapters/contract';
import { t } from './messages';
import type { AttachmentState } from './state';
import type { Tracked } from './tracker';

export interface AttachmentSummary {
  key: string;
  name: string;
  kind: AttachmentKind;
  state: AttachmentState;
  done: boolean;
  counted: boolean;
  played: number | null;
  required: number | null;
}

export interface AttachmentsReport {
  items: AttachmentSummary[];
  pending: number;
}

export function summarize(item: Tracked): AttachmentSummary {
  return {
    key: item.key,
    name: item.info.name,
    kind: item.info.kind,
    state: item.derived.state,
    done: item.derived.done,
    counted: item.counted,
    played: item.derived.played,
    required: item.derived.required,
  };
}

export function kindText(kind: AttachmentKind): string {
  return t(`kind_${kind}`);
}

export function stateText(s: Pick<AttachmentSummary, 'kind' | 'state' | 'done' | 'played' | 'required'>): string {
  if (s.state === 'unopened') return t('unopened');
  if (s.required === null) return t('opened');
  if (s.done) return s.kind === 'audio' ? t('listened') : t('watched');
  const played = s.played;
  // null: some was played but the duration is unknown (a streamed file), so no share can be given.
  if (played === null) return t('playedSome');
  if (played === 0) return t('playedNotStarted');
  if (s.required === 0) return t('playedSome');
  return t('playedShare', { played: Math.floor(played * 100), required: Math.round(s.required * 100) });
}
