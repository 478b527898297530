/**
 * A requirement as one SAQ shows it. Most SAQs print a requirement as PCI DSS does, and every SAQ
 * that lists it shares one plain-language entry; where an SAQ's edition edits the requirement (a
 * bullet "intentionally left blank", an applicability note removed, completion guidance of its
 * own), the SAQ file's `overrides` replace only the fields that differ.
 */
import {
  isPlaceholder,
  OVERRIDABLE_FIELDS,
  type EntryOverride,
  type FullEntry,
  type RequirementEntry,
  type SaqContent,
} from './schema';

/** The entry with the override's fields in place of the shared ones; its `sources` name the override's passage first. */
export function applyOverride(entry: RequirementEntry, override?: EntryOverride): RequirementEntry {
  if (!override || isPlaceholder(entry)) return entry;
  const shown: FullEntry = { ...entry, sources: [override.source, ...(entry.sources ?? [])] };
  for (const field of OVERRIDABLE_FIELDS) {
    const value = override[field];
    if (value !== undefined) Object.assign(shown, { [field]: value });
  }
  return shown;
}

/**
 * The entries of an SAQ's rows as that SAQ shows them, by requirement id, in the SAQ's order.
 * `shared` holds the shared entries (at least those of the rows wanted); rows without an entry are
 * left out. `principals` limits the result to those principal requirements' groups.
 */
export function entriesForSaq(
  saq: Pick<SaqContent, 'groups' | 'overrides'>,
  shared: ReadonlyMap<string, RequirementEntry>,
  principals?: readonly string[],
): Map<string, RequirementEntry> {
  const result = new Map<string, RequirementEntry>();
  for (const group of saq.groups) {
    if (principals && !principals.includes(group.principal)) continue;
    for (const row of group.rows) {
      const entry = shared.get(row.id);
      if (entry) result.set(row.id, applyOverride(entry, saq.overrides?.[row.id]));
    }
  }
  return result;
}

/** Every text of a full entry a reader sees, for searching a phrase in it. */
export function entryTexts(entry: FullEntry): string[] {
  return [
    entry.title,
    entry.asks,
    ...entry.howToCheck,
    ...entry.evidence,
    entry.nonprofitContext,
    ...(entry.notApplicable ? [entry.notApplicable.when, entry.notApplicable.explain] : []),
  ];
}
