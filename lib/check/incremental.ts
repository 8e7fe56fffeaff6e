/**
 * The checker the extension runs while the agent types. `createChecker().check(draft)` returns
 * exactly what `checkDraft(draft)` returns, but keeps the work of the previous call: it finds the
 * span of text that changed, re-splits only the paragraphs around it, re-analyses a paragraph only
 * when its text is new, and re-judges a sentence only when its text is new. What remains per call
 * is proportional to the number of paragraphs and findings (small integer work), not to the
 * length of the draft, so a keystroke costs about the same in a 2,000- and a 20,000-character draft.
 */
import type { CheckLang, FramingFinding } from './types';
import { framingFinding, isQuestion, judge, type FramingOptions, type SentenceVerdict } from '../framing';
import { analyzeBlock, LayoutTracker, sentenceRole, splitBlocks, type Block, type DraftLayout } from '../text/analyze';
import type { CheckOptions } from './index';
import type { CheckResult } from './types';

interface BlockEntry {
  block: Block;
  /** Per language, the flagged sentences as (index, verdict) pairs, computed on first need. */
  flagged: Partial<Record<CheckLang, Array<[number, SentenceVerdict]>>>;
}

interface Placed {
  start: number;
  end: number;
  /** The text between the previous paragraph (or the draft's start) and this one: blank lines. */
  lead: string;
  entry: BlockEntry;
  /** This paragraph's findings in the last result, and what they depended on; reused when unchanged. */
  findings?: FramingFinding[];
  findingsAt?: number;
  findingsLang?: CheckLang;
  findingsRoles?: number;
}

export interface CheckerStats {
  /** Paragraphs analysed afresh in the last `check` (cache misses). */
  blocksAnalyzed: number;
  /** Sentences judged afresh in the last `check`. */
  sentencesJudged: number;
}

export interface Checker {
  /** Check the draft as it is now, reusing what did not change since the last call. */
  check(draft: string): CheckResult;
  /**
   * Check the draft after replacing [start, end) of the last checked draft with `text` — what an
   * editor knows on each input event. A keystroke inside a paragraph touches only that paragraph:
   * the draft is never re-read, so the cost does not depend on its length. Other edits fall back
   * to `check` on the edited text.
   */
  edit(start: number, end: number, text: string): CheckResult;
  /** The draft as last checked or edited. */
  readonly text: string;
  /** What the last `check` had to redo; for tests and diagnostics. */
  readonly stats: CheckerStats;
}

// Caches are trimmed to what the current draft uses once they grow past this many spare entries.
const SPARE_ENTRIES = 256;

// String equality of two slices is a native memory compare; checking big chunks first and then
// narrowing down keeps the diff of a 20,000-character draft to a few microseconds.
const CHUNKS = [4096, 512, 64, 8];

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const size of CHUNKS) while (i + size <= n && a.slice(i, i + size) === b.slice(i, i + size)) i += size;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, not reaching into the first `skip` characters of either. */
function commonSuffix(a: string, b: string, skip: number): number {
  const n = Math.min(a.length, b.length) - skip;
  let i = 0;
  for (const size of CHUNKS) while (i + size <= n && a.slice(a.length - i - size, a.length - i) === b.slice(b.length - i - size, b.length - i)) i += size;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const NO_FINDINGS: FramingFinding[] = [];

/** Index of the first finding starting at or after `offset` (findings are sorted by start). */
function firstAtOrAfter(findings: readonly FramingFinding[], offset: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shifted(f: FramingFinding, delta: number): FramingFinding {
  return { kind: f.kind, start: f.start + delta, end: f.end + delta, ruleId: f.ruleId, lang: f.lang, severity: f.severity, message: f.message, hint: f.hint };
}

export function createChecker(options: CheckOptions & FramingOptions = {}): Checker {
  const blockCache = new Map<string, BlockEntry>();
  const sentenceCache = new Map<string, SentenceVerdict | null>();
  const stats: CheckerStats = { blocksAnalyzed: 0, sentencesJudged: 0 };
  // The draft is kept as its paragraphs plus the blank text between them; `text` is the joined
  // string, rebuilt only when asked for after `edit`s.
  let text: string | null = '';
  let tail = '';
  let placed: Placed[] = [];
  // placed[i].entry.block, kept in step with `placed`.
  let blocks: Block[] = [];
  let result: CheckResult | null = null;
  let rolesVersion = 0;
  let lastRoles: { lang: string; q0?: number; q1?: number; s0?: number; s1?: number } = { lang: '' };
  const tracker = new LayoutTracker();

  /** Whether quoting, the signature or the draft's language moved; bumps `rolesVersion` if so. */
  const rolesMoved = (l: DraftLayout): boolean => {
    const q = l.quotedFrom;
    const sig = l.signatureFrom;
    if (l.lang === lastRoles.lang && q?.[0] === lastRoles.q0 && q?.[1] === lastRoles.q1 && sig?.[0] === lastRoles.s0 && sig?.[1] === lastRoles.s1) return false;
    lastRoles = { lang: l.lang, q0: q?.[0], q1: q?.[1], s0: sig?.[0], s1: sig?.[1] };
    rolesVersion++;
    return true;
  };

  /** Findings of paragraph b under layout l (cached on the paragraph while nothing they depend on moves). */
  const findingsOf = (b: number, l: DraftLayout): FramingFinding[] => {
    const lang = l.langs[b];
    if (lang !== 'ru' && lang !== 'en') return NO_FINDINGS;
    const p = placed[b]!;
    if (p.findings && p.findingsAt === p.start && p.findingsLang === lang && p.findingsRoles === rolesVersion) return p.findings;
    const own: FramingFinding[] = [];
    for (const [s, verdict] of flaggedIn(p.entry, lang)) {
      const role = sentenceRole(l, blocks, b, s);
      if (role.quoted || role.signature) continue;
      const sentence = p.entry.block.sentences[s]!;
      own.push(framingFinding(verdict, p.start + sentence.start, p.start + sentence.end, lang));
    }
    p.findings = own;
    p.findingsAt = p.start;
    p.findingsLang = lang;
    p.findingsRoles = rolesVersion;
    return own;
  };

  const current = (): string => {
    if (text === null) {
      let joined = '';
      for (const b of placed) joined += b.lead + b.entry.block.text;
      text = joined + tail;
    }
    return text;
  };

  /** Place paragraphs found in draft[from, to), with the blank text before each. */
  const place = (draft: string, from: number, to: number, prevEnd: number): Placed[] =>
    splitBlocks(draft, from, to).map(([s, e]) => {
      const p = { start: s, end: e, lead: draft.slice(prevEnd, s), entry: entryFor(draft.slice(s, e)) };
      prevEnd = e;
      return p;
    });

  const entryFor = (blockText: string): BlockEntry => {
    let entry = blockCache.get(blockText);
    if (!entry) {
      entry = { block: analyzeBlock(blockText), flagged: {} };
      blockCache.set(blockText, entry);
      stats.blocksAnalyzed++;
    }
    return entry;
  };

  const flaggedIn = (entry: BlockEntry, lang: CheckLang): Array<[number, SentenceVerdict]> => {
    let list = entry.flagged[lang];
    if (list) return list;
    list = [];
    entry.block.sentences.forEach((s, i) => {
      const sentence = entry.block.text.slice(s.start, s.end);
      // Which words sit inside quotation marks depends on marks outside the sentence (« in one
      // sentence, » in the next), and the rules skip quoted words: both are part of the verdict.
      let quoted = '';
      for (const w of s.words) quoted += w.quoted ? '1' : '0';
      const key = `${lang}\u0000${quoted}\u0000${sentence}`;
      let verdict = sentenceCache.get(key);
      if (verdict === undefined) {
        stats.sentencesJudged++;
        verdict = isQuestion(sentence) ? null : judge(sentence, s.words, lang, options);
        sentenceCache.set(key, verdict);
      }
      if (verdict) list!.push([i, verdict]);
    });
    entry.flagged[lang] = list;
    return list;
  };

  /**
   * Re-place paragraphs after an edit, re-splitting only around the changed span. Returns the
   * region replaced: the `removed` paragraphs from `first` became `added` new ones (null: all anew).
   * `placed` and `blocks` are updated in place: a keystroke in a long draft should not copy them.
   */
  const replace = (draft: string): { first: number; removed: Placed[]; added: number; delta: number } | null => {
    const old = current();
    if (placed.length === 0 || old.length === 0) {
      placed = place(draft, 0, draft.length, 0);
      blocks = placed.map((b) => b.entry.block);
      tail = draft.slice(placed.length ? placed[placed.length - 1]!.end : 0);
      return null;
    }
    const text = old;
    const p = commonPrefix(text, draft);
    const q = commonSuffix(text, draft, p);
    const oldChangeEnd = text.length - q;
    const delta = draft.length - text.length;
    // First paragraph ending at or after the change, and last starting at or before its end; one
    // more on each side, so the re-split region starts and ends at unchanged blank lines.
    let lo = 0;
    let hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.end < p) lo = mid + 1;
      else hi = mid;
    }
    const first = Math.max(0, lo - 1);
    lo = first;
    hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.start <= oldChangeEnd) lo = mid + 1;
      else hi = mid;
    }
    const last = Math.min(placed.length - 1, lo);
    const regionStart = first === 0 ? 0 : placed[first]!.start;
    const regionEndOld = last >= placed.length - 1 ? text.length : placed[last]!.end;
    const regionEnd = regionEndOld + delta;
    const middle = place(draft, regionStart, regionEnd, first === 0 ? 0 : placed[first - 1]!.end);
    for (let i = last + 1; i < placed.length; i++) {
      const b = placed[i]!;
      b.start += delta;
      b.end += delta;
    }
    // The first paragraph after the region may now follow a different one.
    const lastEnd = middle.length ? middle[middle.length - 1]!.end : first === 0 ? 0 : placed[first - 1]!.end;
    if (last + 1 < placed.length) {
      const next = placed[last + 1]!;
      placed[last + 1] = { ...next, lead: draft.slice(lastEnd, next.start) };
    }
    const removed = placed.splice(first, last - first + 1, ...middle);
    if (blocks.length === removed.length + placed.length - middle.length) blocks.splice(first, removed.length, ...middle.map((b) => b.entry.block));
    else blocks = placed.map((b) => b.entry.block);
    tail = draft.slice(placed.length ? placed[placed.length - 1]!.end : 0);
    return { first, removed, added: middle.length, delta };
  };

  const trimCaches = (): void => {
    if (blockCache.size > placed.length + SPARE_ENTRIES) {
      const keep = new Set(placed.map((b) => b.entry));
      for (const [k, v] of blockCache) if (!keep.has(v)) blockCache.delete(k);
    }
    if (sentenceCache.size > 4 * SPARE_ENTRIES + placed.length * 8) sentenceCache.clear();
  };

  const check = (draft: string): CheckResult => {
    stats.blocksAnalyzed = 0;
    stats.sentencesJudged = 0;
    if (result && draft === current()) return result;
    const region = replace(draft);
    text = draft;
    // The whole draft handed over for one keystroke (what the extension sends) changes one
    // paragraph: take the keystroke path, or every paragraph after it, moved, would be re-assembled
    // and a keystroke would cost more the longer the draft.
    const changed = result && region && region.removed.length === region.added ? singleChange(region.removed, region.first) : -1;
    if (changed >= 0) {
      const was = region!.removed[changed - region!.first]!;
      return assembleAfterEdit(changed, was.entry.block, was.end, region!.delta);
    }
    return assemble();
  };

  /** The one paragraph, among those that replaced `removed` at `first`, whose text changed, its blank lines kept; else -1. */
  const singleChange = (removed: readonly Placed[], first: number): number => {
    let changed = -1;
    for (let i = 0; i < removed.length; i++) {
      const was = removed[i]!;
      const now = placed[first + i]!;
      if (was.lead !== now.lead) return -1;
      if (was.entry === now.entry) continue;
      if (changed >= 0) return -1;
      changed = first + i;
    }
    return changed;
  };

  const edit = (start: number, end: number, insert: string): CheckResult => {
    stats.blocksAnalyzed = 0;
    stats.sentencesJudged = 0;
    // The paragraph holding the edit: the last one starting at or before `start`.
    let lo = 0;
    let hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    const b = lo - 1;
    const at = placed[b];
    if (result && at && end <= at.end && start <= end && !/[\r\n]/.test(insert)) {
      const old = at.entry.block.text;
      const s = start - at.start;
      const e = end - at.start;
      if (!/[\r\n]/.test(old.slice(s, e))) {
        const next = old.slice(0, s) + insert + old.slice(e);
        // The edited line must keep a visible character, or the paragraph would split in two.
        const lineStart = next.lastIndexOf('\n', s - 1) + 1;
        let lineEnd = next.indexOf('\n', s);
        if (lineEnd < 0) lineEnd = next.length;
        if (/\S/.test(next.slice(lineStart, lineEnd))) {
          const delta = insert.length - (end - start);
          const oldBlock = at.entry.block;
          placed[b] = { start: at.start, end: at.end + delta, lead: at.lead, entry: entryFor(next) };
          blocks[b] = placed[b]!.entry.block;
          for (let i = b + 1; i < placed.length; i++) {
            const p = placed[i]!;
            p.start += delta;
            p.end += delta;
          }
          text = null;
          return assembleAfterEdit(b, oldBlock, at.end, delta);
        }
      }
    }
    const draft = current();
    return check(draft.slice(0, start) + insert + draft.slice(end));
  };

  /** Findings of the whole draft under the current paragraphs. */
  const assemble = (): CheckResult => {
    trimCaches();
    if (blocks.length !== placed.length) blocks = placed.map((b) => b.entry.block);
    const l = tracker.reset(blocks);
    rolesMoved(l);
    const findings: FramingFinding[] = [];
    for (let b = 0; b < placed.length; b++) for (const f of findingsOf(b, l)) findings.push(f);
    result = { lang: l.lang, findings, warning: null };
    return result;
  };

  /**
   * After a keystroke inside paragraph b (which moved the text after it by `delta`): if nothing
   * draft-wide moved, the previous findings stay, those after the paragraph shifted, and only the
   * paragraph's own are recomputed — no walk over every paragraph.
   */
  const assembleAfterEdit = (b: number, old: Block, oldEnd: number, delta: number): CheckResult => {
    trimCaches();
    const l = tracker.replace(blocks, b, old);
    const prev = result!;
    if (rolesMoved(l) || tracker.othersChanged) return assemble();
    const start = placed[b]!.start;
    const i = firstAtOrAfter(prev.findings, start);
    const j = firstAtOrAfter(prev.findings, oldEnd);
    const findings = prev.findings.slice(0, i);
    for (const f of findingsOf(b, l)) findings.push(f);
    for (let k = j; k < prev.findings.length; k++) findings.push(shifted(prev.findings[k]!, delta));
    result = { lang: l.lang, findings, warning: null };
    return result;
  };

  return {
    check,
    edit,
    stats,
    get text() {
      return current();
    },
  };
}
