/**
 * Which lines of a draft's opening are the agent's own words. Quoted customer text and the agent's
 * signature are not; a name there is not an address.
 *
 * `openingLines` is the one place this is decided, so that `lib/text`'s quoted-text and signature
 * detection can replace it later without touching the rest of the name check.
 */
import { CLOSINGS } from './words';

export interface DraftLine {
  /** UTF-16 offset of the line in the draft. */
  start: number;
  text: string;
}

/** How much quoted text at the top the check reads past to find a greeting below it. */
const MAX_SKIPPED = 8000;

const ATTRIBUTION = /^(?:on\b.{0,200}\bwrote:|.{0,200}\b(?:написал|написала|написал\(а\)|пишет):)\s*$/i;
const FORWARD_HEADER =
  /^(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)\s*-{2,}|(?:from|от|sent|отправлено):\s)/i;

function closingKey(line: string): string {
  return line.toLowerCase().replace(/ё/g, 'е').replace(/[,.!…:\s]+$/u, '').replace(/\s+/g, ' ').trim();
}

/** The line is a sign-off ("С уважением,", "Best,") or a signature separator ("--"). */
function isClosingLine(line: string): boolean {
  // The longest sign-off is under 30 characters; longer lines are text.
  if (line.length > 60) return false;
  const trimmed = line.trim();
  if (/^(?:--|—|–)\s*$/.test(trimmed)) return true;
  return CLOSINGS.has(closingKey(trimmed));
}

/**
 * The agent's lines from the top of the draft: quoted lines (">"), attributions ("On … wrote:") are
 * skipped; a forwarded or original-message header or a sign-off line ends the opening. Reads at most
 * `maxChars` of the agent's text, so the cost does not grow with the draft.
 */
export function openingLines(draft: string, maxChars: number): DraftLine[] {
  const out: DraftLine[] = [];
  let pos = 0;
  let taken = 0;
  let skipped = 0;
  while (pos <= draft.length && taken < maxChars && skipped < MAX_SKIPPED) {
    // Look for the line's end only as far as either budget reaches, so a huge one-line draft costs
    // no more than a short one.
    const reach = Math.max(maxChars - taken, MAX_SKIPPED - skipped) + 1;
    const window = draft.slice(pos, pos + reach);
    const at = window.indexOf('\n');
    const nl = at < 0 ? (pos + reach >= draft.length ? -1 : pos + reach) : pos + at;
    const end = nl < 0 ? draft.length : nl;
    // A line longer than what is left to read is cut: the greeting is at its start anyway.
    const raw = draft.slice(pos, Math.min(end, pos + maxChars - taken));
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = text.trim();
    if (/^>/.test(trimmed) || (trimmed.endsWith(':') && ATTRIBUTION.test(trimmed))) {
      skipped += end - pos + 1;
    } else if (FORWARD_HEADER.test(trimmed)) {
      break;
    } else {
      // "Спасибо!" opening a draft is not a sign-off; only after some text does it end the letter.
      if (trimmed && out.some((l) => l.text.trim()) && isClosingLine(trimmed)) break;
      out.push({ start: pos, text });
      taken += text.length + 1;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}
