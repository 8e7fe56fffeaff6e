import { render } from 'preact';
import { getLocale } from '../../lib/i18n';
import { Popup } from '../../lib/popup/Popup';

document.documentElement.lang = getLocale();
render(<Popup />, document.getElementById('app')!);
