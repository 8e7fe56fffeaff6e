import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './urls';

describe('normalizeUrl', () => {
  it('resolves relative links and drops the fragment', () => {
    expect(normalizeUrl('files/a.png#zoom', 'http://127.0.0.1:4000/demo/?editor=textarea#/tickets/1')).toBe('http://127.0.0.1:4000/demo/files/a.png');
  });

  it('treats signed and download variants of the same file as one URL', () => {
    const a = normalizeUrl('https://bucket.s3.amazonaws.com/f/bug.webm?X-Amz-Signature=abc&X-Amz-Expires=300&id=7');
    const b = normalizeUrl('https://bucket.s3.amazonaws.com/f/bug.webm?id=7&X-Amz-Signature=def&download=1');
    expect(a).toBe('https://bucket.s3.amazonaws.com/f/bug.webm?id=7');
    expect(b).toBe(a);
  });

  it('keeps parameters that name the file, in a stable order', () => {
    expect(normalizeUrl('https://x.zendesk.com/attachments/token/T/?name=a.pdf&b=2')).toBe('https://x.zendesk.com/attachments/token/T/?b=2&name=a.pdf');
    expect(normalizeUrl('https://h/f?id=1')).not.toBe(normalizeUrl('https://h/f?id=2'));
  });

  it('gives nothing for blob:, data: and non-URLs', () => {
    expect(normalizeUrl('blob:https://h/123')).toBeNull();
    expect(normalizeUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl(null)).toBeNull();
  });
});
