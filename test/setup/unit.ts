import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../lib/i18n';

// Tests assert on English strings unless they switch the locale themselves.
setLocale('en');
afterEach(() => {
  fakeBrowser.reset();
  setLocale('en');
});
