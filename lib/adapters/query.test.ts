import { describe, expect, it } from 'vitest';
import { mount } from '../../test/support/dom';
import { isVisible } from './query';

describe('isVisible', () => {
  it('reads the page without writing to it (no probe element, not even for a moment)', async () => {
    const root = mount('<div class="ticket"><p id="shown">Hi</p><p id="gone" style="display:none">Bye</p></div>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    expect(isVisible(root.querySelector('#shown')!)).toBe(true);
    expect(isVisible(root.querySelector('#gone')!)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
  });
});
