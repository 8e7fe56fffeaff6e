/** Placeholder until this section lands. */
import { useOptions } from '../context';
import { t } from '../strings';
import { SectionFrame } from '../ui/controls';

export function RulesSection() {
  const { locale } = useOptions();
  return <SectionFrame id="rules" title={t.in(locale)('navRules')}>{null}</SectionFrame>;
}
