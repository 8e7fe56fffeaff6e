export { SitesSection } from './SitesSection';
