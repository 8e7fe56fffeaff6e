import { render } from 'preact';
import { getLocale } from '../../lib/i18n';
import { OptionsApp } from '../../lib/options/App';
import { t } from '../../lib/options/strings';
import './style.css';

const locale = getLocale();
document.documentElement.lang = locale;
document.title = `Tact — ${t.in(locale)('title')}`;
render(<OptionsApp locale={locale} />, document.getElementById('app')!);
