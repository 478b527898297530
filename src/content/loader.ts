/** Loads SAQ content on demand, so a long SAQ never weighs on the first page. */
import { entriesForSaq } from './saq-entries';
import type { Glossary, RequirementEntry, RequirementFile, SaqContent } from './schema';

const SAQ_LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  A: () => import('../../content/saq/a.json'),
  'A-EP': () => import('../../content/saq/a-ep.json'),
  'D-Merchant': () => import('../../content/saq/d-merchant.json'),
  B: () => import('../../content/saq/b.json'),
  'B-IP': () => import('../../content/saq/b-ip.json'),
  C: () => import('../../content/saq/c.json'),
  'C-VT': () => import('../../content/saq/c-vt.json'),
  P2PE: () => import('../../content/saq/p2pe.json'),
  SPoC: () => import('../../content/saq/spoc.json'),
};

export function hasSaqContent(id: string): boolean {
  return id in SAQ_LOADERS;
}

/** The SAQ's content (validated by the content test at build time), or null when not written yet. */
export async function loadSaqContent(id: string): Promise<SaqContent | null> {
  const load = SAQ_LOADERS[id];
  if (!load) return null;
  return (await load()).default as SaqContent;
}

/** Several SAQs' content at once, by id; ids without content are left out. */
export async function loadSaqContents(ids: readonly string[]): Promise<Record<string, SaqContent>> {
  const unique = [...new Set(ids)];
  const loaded = await Promise.all(unique.map(loadSaqContent));
  return Object.fromEntries(
    unique.flatMap((id, i) => (loaded[i] ? [[id, loaded[i]] as const] : [])),
  );
}

/** Which requirement file holds each principal requirement's entries. */
const REQUIREMENT_FILES: Record<string, () => Promise<{ default: unknown }>> = {
  '1': () => import('../../content/requirements/req-01-02.json'),
  '2': () => import('../../content/requirements/req-01-02.json'),
  '3': () => import('../../content/requirements/req-03-04.json'),
  '4': () => import('../../content/requirements/req-03-04.json'),
  '5': () => import('../../content/requirements/req-05-07.json'),
  '6': () => import('../../content/requirements/req-05-07.json'),
  '7': () => import('../../content/requirements/req-05-07.json'),
  '8': () => import('../../content/requirements/req-08.json'),
  '9': () => import('../../content/requirements/req-09-a2.json'),
  A2: () => import('../../content/requirements/req-09-a2.json'),
  '10': () => import('../../content/requirements/req-10-11.json'),
  '11': () => import('../../content/requirements/req-10-11.json'),
  '12': () => import('../../content/requirements/req-12.json'),
};

/**
 * The shared plain-language entries for the given principal requirements, by requirement id, as
 * PCI DSS words them. To show a requirement inside an SAQ, use {@link loadRequirementsFor}: some
 * SAQs edit a requirement (a bullet left blank) and the shared entry would ask for too much.
 */
export async function loadRequirements(
  principals: readonly string[],
): Promise<Map<string, RequirementEntry>> {
  const loaders = [
    ...new Set(principals.map((p) => REQUIREMENT_FILES[p]).filter((l) => l !== undefined)),
  ];
  const files = await Promise.all(loaders.map((load) => load()));
  const map = new Map<string, RequirementEntry>();
  for (const f of files) for (const e of (f.default as RequirementFile).entries) map.set(e.id, e);
  return map;
}

/** The glossary, loaded on demand (only the glossary page shows it whole). */
export async function loadGlossary(): Promise<Glossary> {
  return (await import('../../content/glossary.json')).default;
}

/**
 * The entries of an SAQ's rows as that SAQ shows them (the shared entry with the SAQ's override
 * applied), by requirement id in the SAQ's order; only the groups of `principals` when given.
 * Empty when the SAQ has no content.
 */
export async function loadRequirementsFor(
  saqId: string,
  principals?: readonly string[],
): Promise<Map<string, RequirementEntry>> {
  const saq = await loadSaqContent(saqId);
  if (!saq) return new Map();
  const wanted = principals ?? saq.groups.map((g) => g.principal);
  return entriesForSaq(saq, await loadRequirements(wanted), wanted);
}
