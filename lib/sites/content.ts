/** The content script's side of "Check on an open tab": answers `sites/probe` for the top frame's page. */
import { siteProbe } from './messages';
import { probePage } from './probe';

export function listenForProbes(signal: AbortSignal, doc: Document = document): void {
  const off = siteProbe.handle((request) => probePage(doc, request));
  signal.addEventListener('abort', off, { once: true });
}
