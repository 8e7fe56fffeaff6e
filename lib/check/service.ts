/**
 * The checks run in the background worker, not in the helpdesk tab: the language detector and the
 * name tables are large, and the tab should load only what draws and listens. The draft goes from
 * the content script to the worker through the extension's own messaging; it never leaves the machine.
 */
import { describeRecord } from '../names';
import { checkDraft } from './index';
import { describeCustomer, runCheck } from './messages';

export function registerCheckService(): void {
  runCheck.handle((req) => {
    if (typeof req?.text !== 'string') throw new Error('check/run needs the draft text');
    return checkDraft(req.text, req.record ? { record: req.record } : {});
  });
  describeCustomer.handle((record) => describeRecord(record));
}
