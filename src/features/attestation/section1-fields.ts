/**
 * Section 1 as a table: every part of the attestation's Parts 1 and 2, its fields in the official
 * order, where each field's answer lives in `Section1` (a dotted path), when it is shown, and the
 * codes of its words in content/text/section1.json. The page renders this table; the review's links
 * reach the same field ids.
 */
import type { SECTION1_WORDS } from '@/content/words';
import type { Section1 } from '@/domain/assessment/model';
import type { ChannelKind } from '@/domain/eligibility/saq-catalog';

export type Words = keyof typeof SECTION1_WORDS & string;

/** What the table's conditions can look at. */
export interface Section1Context {
  s1: Section1;
  /** The channels this assessment covers. */
  channels: readonly ChannelKind[];
  /** The channels it leaves out. */
  excluded: readonly ChannelKind[];
}

interface Common {
  /** The control's id: the target of the review's links. */
  id: string;
  /** Where the answer lives: `companyName`, `contact.name`, or within a list item, `name`. */
  path: string;
  label: Words;
  hint?: Words;
  showIf?: (c: Section1Context) => boolean;
}

export type FieldSpec =
  | (Common & {
      kind: 'text';
      type?: 'text' | 'email' | 'tel' | 'url' | 'date';
      autoComplete?: string;
    })
  | (Common & { kind: 'textarea'; rows?: number })
  | (Common & { kind: 'radio'; options: readonly { value: string; label: Words }[] })
  | (Common & { kind: 'checkbox' });

/** A repeated group (locations, products, providers), shown with at least `initial` items. */
export interface ListSpec {
  kind: 'list';
  key: 'locations' | 'products' | 'providers';
  /** Item fields get the id `${idPrefix}-${index}-${field id}`. */
  idPrefix: string;
  legend: Words;
  add: Words;
  initial: number;
  fields: readonly FieldSpec[];
  showIf?: (c: Section1Context) => boolean;
}

/** Parts with behaviour of their own, rendered by the page beside the table's fields. */
export type SpecialSpec =
  | { kind: 'separate-channels' }
  | { kind: 'provider-prompts' }
  | { kind: 'criteria' }
  | { kind: 'scans' };

export type PartItem = FieldSpec | ListSpec | SpecialSpec;

export interface PartSpec {
  id: string;
  heading: Words;
  items: readonly PartItem[];
  showIf?: (c: Section1Context) => boolean;
}

const YES_NO = [
  { value: 'yes', label: 'yes' },
  { value: 'no', label: 'no' },
] as const;

const assessorIs =
  (...kinds: NonNullable<Section1['assessor']>[]) =>
  (c: Section1Context) =>
    c.s1.assessor !== undefined && kinds.includes(c.s1.assessor);

/** Part 2b asks one description per channel the assessment covers. */
const channelFields: FieldSpec[] = (['ecommerce', 'moto', 'cardPresent'] as const).map((ch) => ({
  kind: 'textarea',
  id: `channel-${ch}`,
  path: `channelDescriptions.${ch}`,
  label: 'channel.label',
  hint: 'channel.hint',
  showIf: (c) => c.channels.includes(ch),
}));

export const SECTION1_PARTS: readonly PartSpec[] = [
  {
    id: '1a',
    heading: 'part.1a',
    items: [
      {
        kind: 'text',
        id: 'companyName',
        path: 'companyName',
        label: 'companyName.label',
        autoComplete: 'organization',
      },
      { kind: 'text', id: 'dba', path: 'dba', label: 'dba.label' },
      {
        kind: 'textarea',
        id: 'mailingAddress',
        path: 'mailingAddress',
        label: 'mailingAddress.label',
        rows: 3,
      },
      { kind: 'text', id: 'website', path: 'website', label: 'website.label', type: 'url' },
      {
        kind: 'text',
        id: 'contact-name',
        path: 'contact.name',
        label: 'contact-name.label',
        autoComplete: 'name',
      },
      { kind: 'text', id: 'contact-title', path: 'contact.title', label: 'contact-title.label' },
      {
        kind: 'text',
        id: 'contact-phone',
        path: 'contact.phone',
        label: 'contact-phone.label',
        type: 'tel',
        autoComplete: 'tel',
      },
      {
        kind: 'text',
        id: 'contact-email',
        path: 'contact.email',
        label: 'contact-email.label',
        type: 'email',
        autoComplete: 'email',
      },
    ],
  },
  {
    id: '1b',
    heading: 'part.1b',
    items: [
      {
        kind: 'radio',
        id: 'assessor',
        path: 'assessor',
        label: 'assessor.label',
        hint: 'assessor.hint',
        options: [
          { value: 'none', label: 'assessor.none' },
          { value: 'isa', label: 'assessor.isa' },
          { value: 'qsa', label: 'assessor.qsa' },
          { value: 'both', label: 'assessor.both' },
        ],
      },
      {
        kind: 'text',
        id: 'isaNames',
        path: 'isaNames',
        label: 'isaNames.label',
        showIf: assessorIs('isa', 'both'),
      },
      {
        kind: 'text',
        id: 'qsaCompany',
        path: 'qsaCompany',
        label: 'qsaCompany.label',
        showIf: assessorIs('qsa', 'both'),
      },
      {
        kind: 'text',
        id: 'qsaLeadName',
        path: 'qsaLeadName',
        label: 'qsaLeadName.label',
        showIf: assessorIs('qsa', 'both'),
      },
      {
        kind: 'text',
        id: 'qsaCertificate',
        path: 'qsaCertificate',
        label: 'qsaCertificate.label',
        showIf: assessorIs('qsa', 'both'),
      },
      {
        kind: 'text',
        id: 'qsaEmail',
        path: 'qsaEmail',
        label: 'qsaEmail.label',
        type: 'email',
        showIf: assessorIs('qsa', 'both'),
      },
      {
        kind: 'text',
        id: 'qsaPhone',
        path: 'qsaPhone',
        label: 'qsaPhone.label',
        type: 'tel',
        showIf: assessorIs('qsa', 'both'),
      },
    ],
  },
  {
    id: '2a',
    heading: 'part.2a',
    items: [
      { kind: 'separate-channels' },
      {
        kind: 'textarea',
        id: 'excludedChannels',
        path: 'excludedChannels',
        label: 'excludedChannels.label',
        hint: 'excludedChannels.hint',
        showIf: (c) => c.excluded.length > 0,
      },
    ],
  },
  { id: '2b', heading: 'part.2b', items: channelFields },
  {
    id: '2c',
    heading: 'part.2c',
    items: [
      {
        kind: 'textarea',
        id: 'environment',
        path: 'environment',
        label: 'environment.label',
        hint: 'environment.hint',
        rows: 4,
      },
      {
        kind: 'radio',
        id: 'segmentation',
        path: 'segmentation',
        label: 'segmentation.label',
        hint: 'segmentation.hint',
        options: YES_NO,
      },
    ],
  },
  {
    id: '2d',
    heading: 'part.2d',
    items: [
      {
        kind: 'list',
        key: 'locations',
        idPrefix: 'location',
        legend: 'location.legend',
        add: 'location.add',
        initial: 1,
        fields: [
          {
            kind: 'text',
            id: 'type',
            path: 'type',
            label: 'location.type.label',
            hint: 'location.type.hint',
          },
          { kind: 'text', id: 'count', path: 'count', label: 'location.count.label' },
          { kind: 'text', id: 'where', path: 'where', label: 'location.where.label' },
        ],
      },
    ],
  },
  {
    id: '2e',
    heading: 'part.2e',
    items: [
      {
        kind: 'radio',
        id: 'usesValidatedProducts',
        path: 'usesValidatedProducts',
        label: 'usesValidatedProducts.label',
        hint: 'usesValidatedProducts.hint',
        options: YES_NO,
      },
      {
        kind: 'list',
        key: 'products',
        idPrefix: 'product',
        legend: 'product.legend',
        add: 'product.add',
        initial: 1,
        showIf: (c) => c.s1.usesValidatedProducts === 'yes',
        fields: [
          { kind: 'text', id: 'name', path: 'name', label: 'product.name.label' },
          { kind: 'text', id: 'version', path: 'version', label: 'product.version.label' },
          {
            kind: 'text',
            id: 'standard',
            path: 'standard',
            label: 'product.standard.label',
            hint: 'product.standard.hint',
          },
          { kind: 'text', id: 'listing', path: 'listing', label: 'product.listing.label' },
          {
            kind: 'text',
            id: 'expiry',
            path: 'expiry',
            label: 'product.expiry.label',
            type: 'date',
          },
          {
            kind: 'radio',
            id: 'stillListed',
            path: 'stillListed',
            label: 'product.stillListed.label',
            hint: 'product.stillListed.hint',
            options: [
              { value: 'yes', label: 'product.stillListed.yes' },
              { value: 'no', label: 'product.stillListed.no' },
              { value: 'not-sure', label: 'not-sure' },
            ],
          },
        ],
      },
    ],
  },
  {
    id: '2f',
    heading: 'part.2f',
    items: [
      { kind: 'provider-prompts' },
      {
        kind: 'list',
        key: 'providers',
        idPrefix: 'provider',
        legend: 'provider.legend',
        add: 'provider.add',
        initial: 2,
        showIf: (c) => !c.s1.providersNone,
        fields: [
          { kind: 'text', id: 'name', path: 'name', label: 'provider.name.label' },
          { kind: 'text', id: 'service', path: 'service', label: 'provider.service.label' },
          {
            kind: 'radio',
            id: 'handles',
            path: 'handlesCardData',
            label: 'provider.handles.label',
            options: YES_NO,
          },
          {
            kind: 'radio',
            id: 'manages',
            path: 'managesComponents',
            label: 'provider.manages.label',
            options: YES_NO,
          },
          {
            kind: 'radio',
            id: 'affects',
            path: 'couldAffect',
            label: 'provider.affects.label',
            options: YES_NO,
          },
        ],
      },
      {
        kind: 'checkbox',
        id: 'providersNone',
        path: 'providersNone',
        label: 'providersNone.label',
        hint: 'providersNone.hint',
        // Offered only while no provider is named: naming one is the usual answer.
        showIf: (c) =>
          c.s1.providersNone === true || !(c.s1.providers ?? []).some((p) => p.name?.trim()),
      },
    ],
  },
  { id: '2h', heading: 'part.2h', items: [{ kind: 'criteria' }] },
  { id: 'scans', heading: 'part.scans', items: [{ kind: 'scans' }] },
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path, as the control shows it. */
export function valueAt(o: unknown, path: string): unknown {
  let here: unknown = o;
  for (const key of path.split('.')) {
    if (!isRecord(here)) return undefined;
    here = here[key];
  }
  return here;
}

/** A copy of `o` with `value` at the dotted path; the objects along the way are copied, never mutated. */
export function withValueAt<T extends object>(o: T, path: string, value: unknown): T {
  const [head = '', ...rest] = path.split('.');
  const current: unknown = (o as Record<string, unknown>)[head];
  const next =
    rest.length === 0
      ? value
      : withValueAt(isRecord(current) ? current : {}, rest.join('.'), value);
  return { ...o, [head]: next };
}

/** A list as the page shows it: what is stored, or `initial` empty items to start with. */
export function listItems<K extends ListSpec['key']>(
  s1: Section1,
  key: K,
  initial: number,
): NonNullable<Section1[K]> {
  const stored = s1[key];
  if (stored && stored.length > 0) return stored;
  return Array.from({ length: initial }, () => ({})) as NonNullable<Section1[K]>;
}
