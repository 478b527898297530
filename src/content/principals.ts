/** Plain titles of the principal requirements and goals (small, bundled). */
import file from '../../content/principal-requirements.json';
import versionFile from '../../content/version.json';
import type { PrincipalRequirements } from './schema';

const data: PrincipalRequirements = file;
const byId = new Map(data.principals.map((p) => [p.id, p]));

export function principalTitle(id: string): string {
  return byId.get(id)?.title ?? `Requirement ${id}`;
}

export function principalSummary(id: string): string {
  return byId.get(id)?.summary ?? '';
}

export function goalOf(principal: string): string {
  return data.goals.find((g) => g.principals.includes(principal))?.title ?? '';
}

/** The content version saved with each assessment. */
export const CONTENT_VERSION: string = versionFile.version;
