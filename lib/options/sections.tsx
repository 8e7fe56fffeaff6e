/**
 * The options page's sections, in navigation order. Each is a component that reads and saves
 * through `useOptions()`; `id` is its URL hash (`options.html#tags`).
 */
import type { FunctionComponent } from 'preact';
import { GeneralSection } from './general/GeneralSection';
import { PacksSection } from './packs/PacksSection';
import { RulesSection } from './rules/RulesSection';
import { SitesSection } from './sites';
import type { ShellKey } from './strings';
import { TagsSection } from './tags/TagsSection';

export interface SectionDef {
  id: 'rules' | 'tags' | 'sites' | 'packs' | 'general';
  nav: ShellKey;
  component: FunctionComponent;
}

export const SECTIONS: readonly SectionDef[] = [
  { id: 'rules', nav: 'navRules', component: RulesSection },
  { id: 'tags', nav: 'navTags', component: TagsSection },
  { id: 'sites', nav: 'navSites', component: SitesSection },
  { id: 'packs', nav: 'navPacks', component: PacksSection },
  { id: 'general', nav: 'navGeneral', component: GeneralSection },
];

export type SectionId = SectionDef['id'];

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? 'rules';
}
