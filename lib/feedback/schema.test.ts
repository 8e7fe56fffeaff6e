import { describe, expect, it } from 'vitest';
import { checkItem, customerKey, guessLanguage, LIMITS, normalizeQuote, parseItem, InvalidItemError } from './schema';
import { item } from './testing/fixtures';

describe('feedback item schema', () => {
  it('accepts a complete item and an item with only the required fields', () => {
    expect(checkItem(item()).ok).toBe(true);
    expect(checkItem(item({ customer: {}, agent: '', note: 'said twice on the call' })).ok).toBe(true);
  });

  it('names the field and the problem for each fault', () => {
    const bad = checkItem({ ...item(), quote: ' ', tags: [], ticketUrl: 'javascript:alert(1)', createdAt: 1_700_000_000 });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues).toEqual(
      expect.arrayContaining([
        { field: 'quote', code: 'required' },
        { field: 'tags', code: 'no_tags' },
        { field: 'ticketUrl', code: 'bad_url' },
        { field: 'createdAt', code: 'bad_date' },
      ]),
    );
  });

  it('reports limits, unknown keys, missing keys and wrong types', () => {
    const issues = (x: unknown) => (checkItem(x) as { issues: unknown[] }).issues;
    expect(issues({ ...item(), quote: 'x'.repeat(LIMITS.quote + 1) })).toEqual([{ field: 'quote', code: 'too_long', limit: LIMITS.quote }]);
    expect(issues({ ...item(), extra: 1 })).toEqual([{ field: 'extra', code: 'unknown_key', key: 'extra' }]);
    const { quote: _q, ...noQuote } = item();
    expect(issues(noQuote)).toEqual([{ field: 'quote', code: 'required' }]);
    expect(issues({ ...item(), customer: { name: 7 } })).toEqual([{ field: 'customer.name', code: 'bad_type' }]);
    expect(issues({ ...item(), schemaVersion: 3 })).toEqual([{ field: 'schemaVersion', code: 'bad_schema_version' }]);
    expect(issues({ ...item(), tags: ['bug', 'bug'] })).toEqual([{ field: 'tags', code: 'repeated_tag' }]);
    expect(issues({ ...item(), ticketId: 'a\nb' })).toEqual([{ field: 'ticketId', code: 'line_break' }]);
    expect(issues({ ...item(), quote: 'bell\u0007' })).toEqual([{ field: 'quote', code: 'control_char' }]);
    expect(issues(null)).toEqual([{ field: '', code: 'bad_type' }]);
  });

  it('refuses prototype-polluting keys before anything else looks at the object', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "id": "x"}`);
    expect(checkItem(hostile)).toEqual({ ok: false, issues: [{ field: '', code: 'forbidden_key', key: '__proto__' }] });
    const nested = { ...item(), customer: JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') };
    expect(checkItem(nested)).toMatchObject({ ok: false, issues: [{ code: 'forbidden_key', key: 'constructor' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parseItem throws an error that carries the issues', () => {
    expect(() => parseItem({ ...item(), id: 'nope' })).toThrow(InvalidItemError);
    expect(() => parseItem({ ...item(), id: 'nope' })).toThrow(/id bad_uuid/);
  });
});

describe('customerKey', () => {
  it('prefers the helpdesk user id, scoped to the helpdesk', () => {
    expect(customerKey(item())).toBe('u:zendesk:42');
    expect(customerKey(item({ helpdesk: 'intercom' }))).toBe('u:intercom:42');
  });

  it('falls back to the e-mail lower-cased, then the folded name, then the ticket', () => {
    expect(customerKey(item({ customer: { email: ' Anna@Mail.Example ', name: 'Anna' } }))).toBe('e:anna@mail.example');
    expect(customerKey(item({ customer: { name: '  Алёна   Петрова ' } }))).toBe('n:алена петрова');
    expect(customerKey(item({ customer: {} }))).toBe('t:zendesk:1001');
  });
});

describe('helpers', () => {
  it('normalizes quotes for duplicate detection', () => {
    expect(normalizeQuote('  The  Button\nis purple ')).toBe(normalizeQuote('the button is PURPLE'));
  });

  it('guesses the language from the script', () => {
    expect(guessLanguage('Кнопка не работает')).toBe('ru');
    expect(guessLanguage('The button does not work')).toBe('en');
    expect(guessLanguage('12345 !!!')).toBe('und');
  });
});
