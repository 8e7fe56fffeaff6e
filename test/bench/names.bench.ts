/**
 * names-2k: the greeting name check on a 2,000-character draft, against one Intl.Segmenter sentence
 * pass over the same text. The check reads only the draft's opening, so its cost stays flat as the
 * draft grows; the record is prepared once and cached, as it is for every keystroke on one ticket.
 */
import { checkAddressee, warmLexicon } from '../../lib/names';
import type { Bench } from './harness';

const OPENING = 'Здравствуйте, Александр!\n\n';
const PARAGRAPH =
  'Проверили ваш сервер: диск был заполнен логами на 98%, поэтому сайт перестал открываться. ' +
  'Мы очистили старые архивы, включили ротацию журналов и добавили оповещение о заполнении диска. ' +
  'Если ошибка повторится, пришлите, пожалуйста, время сбоя и адрес страницы — посмотрим журналы за этот период. ';

export function draftOf(length: number): string {
  let text = OPENING;
  while (text.length < length) text += PARAGRAPH;
  return `${text.slice(0, length - 40)}\n\nС уважением,\nслужба поддержки`;
}

export const benches: Bench[] = [
  {
    name: 'names-2k',
    baselineLabel: 'one Intl.Segmenter sentence pass',
    // The full check (framing + names) must stay within 5× one segmenter pass; the name check keeps
    // to 15% of that. It measures 0.4–0.5 here; the margin absorbs the baseline's run-to-run noise.
    maxRatio: 0.75,
    iterations: 200,
    setup() {
      const draft = draftOf(2000);
      const record = { name: 'Петров Вадим Сергеевич', email: 'vadim.petrov@example.com' };
      const segmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });
      warmLexicon();
      const run = () => checkAddressee(draft, record);
      const baseline = () => {
        let n = 0;
        for (const _ of segmenter.segment(draft)) n++;
        return n;
      };
      // The check runs on every keystroke, so it is timed in its steady state: warm the JIT on both
      // sides first (the harness's own three warm-up calls are too few to optimise JavaScript).
      for (let i = 0; i < 2000; i++) {
        run();
        baseline();
      }
      return { run, baseline };
    },
  },
];
