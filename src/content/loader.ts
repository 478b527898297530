/** Loads SAQ content on demand, so a long SAQ never weighs on the first page. */
import type { SaqContent } from './schema';

const SAQ_LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  A: () => import('../../content/saq/a.json'),
  'A-EP': () => import('../../content/saq/a-ep.json'),
  'D-Merchant': () => import('../../content/saq/d-merchant.json'),
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
