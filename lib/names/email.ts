/**
 * A name from an email's local part, only when it clearly holds one: "vadim.petrov" gives Vadim
 * Petrov, "v.petrov" the surname Petrov, "vadim" or "vadim.p" the given name Vadim. "vp1988",
 * "kmironova" (initial glued to a surname) and role mailboxes ("info", "procurement") give nothing.
 */
import type { CustomerName } from './record';
import { givenGender, isKnownGiven } from './lexicon';
import { titleCase } from './normalize';
import { ROLE_MAILBOXES } from './words';

export function nameFromEmail(email: string): CustomerName | null {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/\+.*$/, '');
  if (!local || local.length > 64) return null;
  const parts = local.split(/[._-]+/).filter(Boolean);
  if (!parts.length || parts.length > 3) return null;
  if (parts.some((p) => ROLE_MAILBOXES.has(p.replace(/\d+$/, '')))) return null;
  // A part with digits inside it is an identifier; trailing digits (anna1990) are a birth year.
  const words = parts.map((p) => p.replace(/\d+$/, ''));
  if (words.some((w) => !/^[a-z]*$/.test(w))) return null;
  const full = words.filter((w) => w.length >= 2);
  const initials = words.filter((w) => w.length === 1);
  if (!full.length || full.length > 2 || full.length + initials.length !== words.length) return null;

  const out: CustomerName = { others: [], source: 'email' };
  const [a = '', b] = full;
  if (b === undefined) {
    if (isKnownGiven(a)) out.given = titleCase(a);
    // "v.petrov": an initial and a word; the word is the surname.
    else if (initials.length === 1 && a.length >= 3) out.surname = titleCase(a);
    else return null;
  } else if (isKnownGiven(a) && !isKnownGiven(b)) {
    out.given = titleCase(a);
    out.surname = titleCase(b);
  } else if (isKnownGiven(b) && !isKnownGiven(a)) {
    out.given = titleCase(b);
    out.surname = titleCase(a);
  } else if (isKnownGiven(a) && isKnownGiven(b)) {
    out.given = titleCase(a);
    out.surname = titleCase(b);
  } else {
    return null;
  }
  if (out.given) out.gender = givenGender(out.given);
  return out;
}
