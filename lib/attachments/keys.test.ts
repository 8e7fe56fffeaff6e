import { describe, expect, it } from 'vitest';
import { entryKey, linkKey, parseEntryKey } from './keys';

describe('storage keys', () => {
  const scope = { site: 'demo', host: '127.0.0.1:4000', ticket: '1042' };

  it('scope a record by helpdesk, host, ticket and attachment, and read back', () => {
    const key = entryKey(scope, 'url:http://127.0.0.1:4000/demo/files/a|b.png');
    expect(parseEntryKey(key)).toEqual({ ...scope, attachment: 'url:http://127.0.0.1:4000/demo/files/a|b.png' });
    expect(entryKey({ ...scope, ticket: '1043' }, 'id:1')).not.toBe(entryKey(scope, 'id:1'));
    expect(entryKey({ ...scope, host: 'other.zendesk.com' }, 'id:1')).not.toBe(entryKey(scope, 'id:1'));
  });

  it('keeps one key for a file whose signed URL changed since the last load', () => {
    expect(entryKey(scope, 'url:https://cdn/x.webm?Signature=1&Expires=2')).toBe(entryKey(scope, 'url:https://cdn/x.webm?Signature=3&Expires=4'));
  });

  it('rejects keys that are not Tact’s', () => {
    expect(parseEntryKey('settings')).toBeNull();
    expect(parseEntryKey('att1|a|b')).toBeNull();
    expect(linkKey('blob:x')).toBeNull();
    expect(linkKey('https://h/f.webm#t=3')).toBe('att1-link|https://h/f.webm');
  });
});
