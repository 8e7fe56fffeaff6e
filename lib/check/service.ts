/**
 * The checks run in the background worker, not in the helpdesk tab: the language detector and the
 * name tables are large, and the tab should load only what draws and listens. The draft goes from
 * the content script to the worker through the extension's own messaging; it never leaves the machine.
 *
 * Each editor gets its own incremental checker, so a keystroke re-checks only the sentences it
 * changed; the name check reads only the greeting, so it runs whole each time.
 */
import { checkAddressee, describeRecord } from '../names';
import { createChecker, type Checker } from './index';
import { describeCustomer, runCheck } from './messages';

/** Drafts kept warm; an agent rarely has more editors open than this. */
const MAX_CHECKERS = 24;
const checkers = new Map<string, Checker>();

function checkerFor(key: string): Checker {
  let checker = checkers.get(key);
  if (checker) {
    // Re-insert: Map order is the LRU order.
    checkers.delete(key);
  } else {
    checker = createChecker();
    if (checkers.size >= MAX_CHECKERS) checkers.delete(checkers.keys().next().value!);
  }
  checkers.set(key, checker);
  return checker;
}

export function registerCheckService(): void {
  runCheck.handle((req, sender) => {
    if (typeof req?.text !== 'string') throw new Error('check/run needs the draft text');
    const result = checkerFor(`${sender.tab?.id ?? 'page'}:${sender.frameId ?? 0}:${req.key}`).check(req.text);
    return { ...result, warning: req.record ? checkAddressee(req.text, req.record) : null };
  });
  describeCustomer.handle((record) => describeRecord(record));
}
