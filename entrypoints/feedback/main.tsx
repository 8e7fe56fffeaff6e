import { render } from 'preact';
import { getLocale } from '../../lib/i18n';
import { t } from '../../lib/leads/strings';
import { FeedbackView } from '../../lib/leads/ui/FeedbackView';
import './style.css';

const locale = getLocale();
document.documentElement.lang = locale;
document.title = `Tact — ${t.in(locale)('title')}`;
render(<FeedbackView locale={locale} />, document.getElementById('app')!);
