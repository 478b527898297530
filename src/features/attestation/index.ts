/** The attestation: Section 1 (assessment information) and Section 3 (validation and attestation). */
export { Section1Page } from './section1-page';
export { Section3Page } from './section3-page';
