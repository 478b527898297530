/** One organisation's per-channel assessments summed up on one page. */
export { OrganisationPage } from './organisation-page';
