/**
 * Fault injection for the e2e suite: in the demo build only, a page can set
 * `<html data-tact-fault="name">` to make Tact throw at that point, proving the page keeps working.
 * The shipped build compiles this to a constant `false`.
 */
export function injectFault(name: string, doc: Document = document): void {
  if (!__TACT_DEMO__) return;
  const wanted = doc.documentElement?.dataset.tactFault;
  if (wanted && wanted.split(/\s+/).includes(name)) throw new Error(`Injected fault: ${name}`);
}
