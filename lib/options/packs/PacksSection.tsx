/** Placeholder until this section lands. */
import { useOptions } from '../context';
import { t } from '../strings';
import { SectionFrame } from '../ui/controls';

export function PacksSection() {
  const { locale } = useOptions();
  return <SectionFrame id="packs" title={t.in(locale)('navPacks')}>{null}</SectionFrame>;
}
