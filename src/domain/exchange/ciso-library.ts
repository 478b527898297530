/**
 * CISO Assistant's PCI DSS 4.0.1 library (intuitem/ciso-assistant-community,
 * `backend/library/libraries/pcidss-4_0.yaml`): how its requirement nodes are named. A node's URN is
 * the prefix below and its ref_id, lower-cased (appendix nodes: `...:a2.1.1` for ref_id `A2.1.1`),
 * except for four nodes whose URN kept an older number. `ciso-library.test.ts` checks this rule
 * against a pinned copy of every node (`ciso-pcidss-4_0-nodes.json`), so the app never bundles the
 * list itself.
 */

/** The columns of CISO Assistant's audit import (`product-docs/configuration/data-import.md`). */
export const CISO_AUDIT_COLUMNS = [
  'urn',
  'assessable',
  'ref_id',
  'name',
  'description',
  'compliance_result',
  'requirement_progress',
  'score',
  'observations',
] as const;
export type CisoAuditColumn = (typeof CISO_AUDIT_COLUMNS)[number];
export type CisoAuditRecord = Record<CisoAuditColumn, string>;

/** RequirementAssessment.Result in CISO Assistant's `backend/core/models.py`. */
export const CISO_RESULTS = [
  'compliant',
  'non_compliant',
  'partially_compliant',
  'not_applicable',
  'not_assessed',
] as const;
export type CisoResult = (typeof CISO_RESULTS)[number];

/** RequirementAssessment.Status in the same file. */
export const CISO_PROGRESS = ['to_do', 'in_progress', 'in_review', 'done'] as const;
export type CisoProgress = (typeof CISO_PROGRESS)[number];

export const CISO_PCI_FRAMEWORK_URN = 'urn:intuitem:risk:framework:pcidss-4_0';
export const CISO_PCI_NODE_PREFIX = 'urn:intuitem:risk:req_node:pcidss-4_0:';

/** ref_id → the last part of its URN, where the two differ by more than case. */
const URN_EXCEPTIONS: Readonly<Record<string, string>> = {
  '3.5.1.1': '3.5.2',
  '3.5.1.2': '3.5.3',
  '3.5.1.3': '3.5.4',
  'A3.3.1.1': 'a3.3.1.2',
};
const REF_BY_URN_END: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(URN_EXCEPTIONS).map(([ref, end]) => [end, ref]),
);

/** The URN CISO Assistant's library gives the requirement with this PCI number. */
export function cisoUrnFor(refId: string): string {
  return CISO_PCI_NODE_PREFIX + (URN_EXCEPTIONS[refId] ?? refId.toLowerCase());
}

/** The PCI number (ref_id) of a node of the library, from its URN; null for any other URN. */
export function refIdFromCisoUrn(urn: string): string | null {
  const normal = urn.trim().toLowerCase();
  if (!normal.startsWith(CISO_PCI_NODE_PREFIX)) return null;
  const end = normal.slice(CISO_PCI_NODE_PREFIX.length);
  if (!/^(?:a[0-9]*|[0-9]+)(?:\.[0-9]+)*$/.test(end)) return null;
  return Object.hasOwn(REF_BY_URN_END, end)
    ? (REF_BY_URN_END[end] ?? null)
    : end.replace(/^a/, 'A');
}
