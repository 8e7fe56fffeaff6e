import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeBadge } from './WeekTable';

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('ChangeBadge', () => {
  it('writes the percentage as each language does', () => {
    render(<ChangeBadge delta={12} ratio={0.36} locale="en" />, root);
    expect(root.querySelector('small')?.textContent).toBe(' +36%');
    render(<ChangeBadge delta={-3} ratio={-0.5} locale="ru" />, root);
    expect(root.querySelector('small')?.textContent).toBe(' −50\u00a0%');
  });
});
