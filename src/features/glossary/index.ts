/** The glossary of PCI terms in plain words. */
export { GlossaryPage } from './glossary-page';
