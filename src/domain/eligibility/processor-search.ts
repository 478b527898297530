/**
 * The processor picker's model: the catalog as providers with their options, and a search over
 * them. A search finds options, not providers: "PayPal" keeps the PayPal options and drops the rest
 * of every provider they sit in. Pure; the catalog is content, passed in by the caller.
 */
import type { Processor, ProcessorCatalog } from '../../content/schema';
import { PROCESSOR_WORDS, say } from '../../content/words';

/** One thing a person can pick: a catalog entry, worded as this provider's settings name it. */
export interface PickerOption {
  /** The catalog id, which is what the interview's answers store. */
  processor: string;
  /** The entry's name, as the answers, the check page and the result show it. */
  name: string;
  /** The option's wording under this provider (what the admin screen calls it). */
  label: string;
}

/** A provider (or, for entries outside every provider, a kind of tool) and its options. */
export interface PickerGroup {
  /** The provider's id in the catalog, or `other-<group>` for the entries outside every provider. */
  id: string;
  name: string;
  /** "Where to look": paragraphs that say where the setting is written down. */
  help: string[];
  options: PickerOption[];
}

type ToolGroup = Processor['group'];

const GROUP_CODES = {
  civicrm: 'group.civicrm',
  'donation-tool': 'group.donation-tool',
  'giving-platform': 'group.giving-platform',
  reader: 'group.reader',
  'non-card': 'group.non-card',
} as const satisfies Record<ToolGroup, keyof typeof PROCESSOR_WORDS>;

/**
 * Every provider of the catalog with its options, in the catalog's order, then the entries that no
 * provider lists, by kind of tool. An entry may sit under several providers (a Webform CiviCRM
 * form uses CiviCRM's processors).
 */
export function pickerGroups(catalog: ProcessorCatalog): PickerGroup[] {
  const byId = new Map(catalog.processors.map((p) => [p.id, p]));
  const groups: PickerGroup[] = catalog.choices.map((c) => ({
    id: c.id,
    name: c.name,
    help: [c.help],
    options: c.options.flatMap((o) => {
      const p = byId.get(o.processor);
      return p ? [{ processor: p.id, name: p.name, label: o.label }] : [];
    }),
  }));
  const listed = new Set(catalog.choices.flatMap((c) => c.options.map((o) => o.processor)));
  const others = catalog.processors.filter((p) => !listed.has(p.id));
  for (const group of Object.keys(GROUP_CODES) as ToolGroup[]) {
    const entries = others.filter((p) => p.group === group);
    if (entries.length === 0) continue;
    groups.push({
      id: `other-${group}`,
      name: say(PROCESSOR_WORDS, GROUP_CODES[group]),
      help: entries.map((p) =>
        say(PROCESSOR_WORDS, 'picker.where-entry', { name: p.name, where: p.seenAs }),
      ),
      options: entries.map((p) => ({ processor: p.id, name: p.name, label: p.name })),
    });
  }
  return groups;
}

/** Lower case, accents removed, punctuation as spaces: "Zéttle-Reader" and "zettle reader" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search; an empty list when there is nothing to search for. */
export function searchWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * The options a search finds, under their providers: an option matches when every word of the
 * search starts a word of its name, its wording or its provider's name ("pay" finds PayPal, "pal"
 * does not). Each entry is shown once, under the first provider where it matches, so that one
 * search never offers the same box twice. Providers without a match are left out; an empty search
 * finds nothing (the page shows every provider, folded, instead).
 */
export function searchPicker(groups: readonly PickerGroup[], query: string): PickerGroup[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const seen = new Set<string>();
  const out: PickerGroup[] = [];
  for (const g of groups) {
    const options = g.options.filter((o) => {
      if (seen.has(o.processor)) return false;
      const haystack = ` ${foldForSearch(`${o.name} ${o.label} ${g.name}`)}`;
      return words.every((w) => haystack.includes(` ${w}`));
    });
    for (const o of options) seen.add(o.processor);
    if (options.length > 0) out.push({ ...g, options });
  }
  return out;
}

/** How many options a search found (each entry counted once). */
export function optionCount(groups: readonly PickerGroup[]): number {
  return groups.reduce((n, g) => n + g.options.length, 0);
}
