/**
 * General: the agent's name (recorded on feedback items), and for each check whether it runs and
 * whether it holds the send; the attachment check's kinds, playback threshold and memory.
 * Every control saves on its own and is disabled, with a managed badge, when the policy sets it.
 */
import { useEffect, useState } from 'preact/hooks';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../adapters/contract';
import type { PlaybackThreshold } from '../../settings/model';
import { isManaged } from '../../settings/policy';
import type { SettingPath } from '../../settings/paths';
import { SETTINGS_LIMITS } from '../../settings/schema';
import { useOptions } from '../context';
import { ManagedBadge } from '../ui/Managed';
import { Field, SectionFrame, Switch } from '../ui/controls';
import { t } from './strings';

const THRESHOLDS: Array<[PlaybackThreshold, 'thresholdStarted' | 'thresholdHalf' | 'thresholdEnd']> = [
  ['started', 'thresholdStarted'],
  ['half', 'thresholdHalf'],
  ['end', 'thresholdEnd'],
];

export function GeneralSection() {
  const { state, locale, save } = useOptions();
  const tr = t.in(locale);
  const s = state.effective;
  const managed = (path: SettingPath) => isManaged(state.managed, path);

  const [name, setName] = useState(s.agentName);
  const [expiry, setExpiry] = useState(String(s.attachments.expiryDays));
  const [expiryError, setExpiryError] = useState(false);
  useEffect(() => setName(s.agentName), [s.agentName]);
  useEffect(() => setExpiry(String(s.attachments.expiryDays)), [s.attachments.expiryDays]);

  const saveName = (value: string) => {
    const clean = value.replace(/\s+/g, ' ').trim().slice(0, SETTINGS_LIMITS.agentName);
    if (clean === s.agentName) return;
    void save((d) => void (d.agentName = clean));
  };
  const saveExpiry = (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > SETTINGS_LIMITS.expiryDays) return setExpiryError(true);
    setExpiryError(false);
    if (n !== s.attachments.expiryDays) void save((d) => void (d.attachments.expiryDays = n));
  };
  const toggleKind = (kind: AttachmentKind, on: boolean) =>
    void save((d) => {
      const kinds = new Set(d.attachments.kinds);
      if (on) kinds.add(kind);
      else kinds.delete(kind);
      d.attachments.kinds = ATTACHMENT_KINDS.filter((k) => kinds.has(k));
    });

  return (
    <SectionFrame id="general" title={tr('title')} intro={tr('intro')}>
      <div class="op-panel">
        <h3>{tr('agent')}</h3>
        <Field label={tr('agentName')} hint={tr('agentNameHint')} managed={managed('agentName')} locale={locale}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="text"
              class="op-input"
              autoComplete="name"
              maxLength={SETTINGS_LIMITS.agentName}
              value={name}
              disabled={managed('agentName')}
              aria-describedby={describedBy}
              data-testid="agent-name"
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              onChange={(e) => saveName((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
      </div>

      <div class="op-panel">
        <h3>{tr('framing')}</h3>
        <Switch locale={locale} label={tr('framingOn')} checked={s.framing.enabled} managed={managed('framing.enabled')} testId="framing-enabled"
          onChange={(on) => void save((d) => void (d.framing.enabled = on))} />
        <Switch locale={locale} label={tr('framingHold')} hint={tr('framingHoldHint')} checked={s.framing.holdOnSend} managed={managed('framing.holdOnSend')} testId="framing-hold"
          onChange={(on) => void save((d) => void (d.framing.holdOnSend = on))} />
      </div>

      <div class="op-panel">
        <h3>{tr('names')}</h3>
        <Switch locale={locale} label={tr('namesOn')} checked={s.names.enabled} managed={managed('names.enabled')} testId="names-enabled"
          onChange={(on) => void save((d) => void (d.names.enabled = on))} />
        <Switch locale={locale} label={tr('namesHold')} checked={s.names.holdOnSend} managed={managed('names.holdOnSend')} testId="names-hold"
          onChange={(on) => void save((d) => void (d.names.holdOnSend = on))} />
      </div>

      <div class="op-panel">
        <h3>{tr('attachments')}</h3>
        <Switch locale={locale} label={tr('attachmentsOn')} checked={s.attachments.enabled} managed={managed('attachments.enabled')} testId="attachments-enabled"
          onChange={(on) => void save((d) => void (d.attachments.enabled = on))} />

        <fieldset class="op-fieldset" disabled={managed('attachments.kinds')}>
          <legend>
            {tr('kinds')} {managed('attachments.kinds') && <ManagedBadge locale={locale} />}
          </legend>
          <div class="op-checks">
            {ATTACHMENT_KINDS.map((kind) => (
              <label key={kind} class="op-check">
                <input type="checkbox" checked={s.attachments.kinds.includes(kind)} data-testid={`kind-${kind}`}
                  onChange={(e) => toggleKind(kind, (e.currentTarget as HTMLInputElement).checked)} />
                {tr(`kind_${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset class="op-fieldset" disabled={managed('attachments.threshold')}>
          <legend>
            {tr('threshold')} {managed('attachments.threshold') && <ManagedBadge locale={locale} />}
          </legend>
          <div class="op-checks">
            {THRESHOLDS.map(([value, key]) => (
              <label key={value} class="op-check">
                <input type="radio" name="op-threshold" value={value} checked={s.attachments.threshold === value} data-testid={`threshold-${value}`}
                  onChange={() => void save((d) => void (d.attachments.threshold = value))} />
                {tr(key)}
              </label>
            ))}
          </div>
        </fieldset>

        <Field label={tr('expiry')} hint={tr('expiryHint')} error={expiryError ? tr('expiryInvalid') : undefined} managed={managed('attachments.expiryDays')} locale={locale} class="op-field-inline">
          {({ id, describedBy, invalid }) => (
            <span class="op-inline">
              <input
                id={id}
                type="number"
                class="op-input op-input-number"
                min={1}
                max={SETTINGS_LIMITS.expiryDays}
                step={1}
                value={expiry}
                disabled={managed('attachments.expiryDays')}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                data-testid="expiry-days"
                onInput={(e) => setExpiry((e.currentTarget as HTMLInputElement).value)}
                onChange={(e) => saveExpiry((e.currentTarget as HTMLInputElement).value)}
              />
              <span>{tr('expiryUnit', { count: Number(expiry) || 0 })}</span>
            </span>
          )}
        </Field>
      </div>
    </SectionFrame>
  );
}
