/** Placeholder until this section lands. */
import { useOptions } from '../context';
import { t } from '../strings';
import { SectionFrame } from '../ui/controls';

export function TagsSection() {
  const { locale } = useOptions();
  return <SectionFrame id="tags" title={t.in(locale)('navTags')}>{null}</SectionFrame>;
}
