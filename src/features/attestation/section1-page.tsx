import { Link } from 'react-router';
import { Checkbox, RadioGroup, TextArea, TextField } from '@/components/ui/fields';
import type { Section1, SaqOutline } from '@/domain/assessment/model';
import { answerableRows } from '@/domain/assessment/rules';
import type { ChannelKind } from '@/domain/eligibility/saq-catalog';
import { CHANNEL_NAMES, SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { type SeparateChannel } from '@/domain/assessment/organisations';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import { sectionEditor, type AssessmentSession } from '@/hooks/assessment-session';
import { assessmentUrl } from '@/lib/paths';

const YES_NO = [
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

/** Providers nonprofits often forget to list in Part 2f. */
const PROVIDER_PROMPTS = [
  'Your payment provider (gateway or processor)',
  'Your web host',
  'The agency or volunteer who maintains the website',
  'Plugin and extension vendors (CiviCRM extensions, WordPress plugins)',
  'Managed IT support',
];

/** Section 1: Assessment Information (the attestation's Parts 1a to 2h), in the official part order. */
export function Section1Page({
  session,
  separateChannels,
}: {
  session: AssessmentSession;
  /** The organisation's other current assessments that cover the channels this one leaves out. */
  separateChannels: readonly SeparateChannel[];
}) {
  useDocumentTitle('Section 1: Assessment information');
  const { assessment, saq } = session;
  const [s1, set] = sectionEditor(session, 'section1');
  type ListKey = 'locations' | 'products' | 'providers';
  const listOf = <K extends ListKey>(current: Section1, key: K): NonNullable<Section1[K]> =>
    (current[key]?.length ? current[key] : key === 'providers' ? [{}, {}] : [{}]) as NonNullable<
      Section1[K]
    >;
  const setItem = <K extends ListKey>(key: K, i: number, patch: NonNullable<Section1[K]>[number]) =>
    set((current) => ({
      [key]: listOf(current, key).map((x, j) => (j === i ? { ...x, ...patch } : x)),
    }));
  const addItem = (key: ListKey) => set((current) => ({ [key]: [...listOf(current, key), {}] }));
  const channels: ChannelKind[] = assessment.channels.length ? assessment.channels : ['ecommerce'];
  const excluded = (['ecommerce', 'moto', 'cardPresent'] as const).filter(
    (c) => !channels.includes(c),
  );
  const hasScans = answerableRows(saq as SaqOutline).includes('11.3.2');
  const locations: NonNullable<Section1['locations']> = s1.locations?.length ? s1.locations : [{}];
  const products: NonNullable<Section1['products']> = s1.products?.length ? s1.products : [{}];
  const providers: NonNullable<Section1['providers']> = s1.providers?.length
    ? s1.providers
    : [{}, {}];
  const confirmed = new Set(s1.confirmedCriteria ?? []);

  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
      <p className="caption">
        {assessment.organisation} · {saq.name}
      </p>
      <h1>Section 1: Assessment information</h1>
      <SaveIndicator save={session.save} />
      <p>
        These parts match the official Attestation of Compliance, so you can copy them across.
        Everything saves as you type.
      </p>

      <h2>Part 1a: Your organisation</h2>
      <TextField
        id="companyName"
        label="Legal name"
        value={s1.companyName ?? assessment.organisation}
        onChange={(v) => set({ companyName: v })}
        autoComplete="organization"
      />
      <TextField
        id="dba"
        label="Name you trade or campaign under, if different"
        value={s1.dba}
        onChange={(v) => set({ dba: v })}
      />
      <TextArea
        id="mailingAddress"
        label="Postal address"
        value={s1.mailingAddress}
        onChange={(v) => set({ mailingAddress: v })}
        rows={3}
      />
      <TextField
        id="website"
        type="url"
        label="Main website"
        value={s1.website}
        onChange={(v) => set({ website: v })}
      />
      <TextField
        id="contact-name"
        label="Contact name"
        value={s1.contact?.name}
        onChange={(v) => set((c) => ({ contact: { ...c.contact, name: v } }))}
        autoComplete="name"
      />
      <TextField
        id="contact-title"
        label="Contact job title"
        value={s1.contact?.title}
        onChange={(v) => set((c) => ({ contact: { ...c.contact, title: v } }))}
      />
      <TextField
        id="contact-phone"
        type="tel"
        label="Contact phone"
        value={s1.contact?.phone}
        onChange={(v) => set((c) => ({ contact: { ...c.contact, phone: v } }))}
        autoComplete="tel"
      />
      <TextField
        id="contact-email"
        type="email"
        label="Contact email"
        value={s1.contact?.email}
        onChange={(v) => set((c) => ({ contact: { ...c.contact, email: v } }))}
        autoComplete="email"
      />

      <h2>Part 1b: Assessor</h2>
      <RadioGroup
        id="assessor"
        label="Did a PCI-trained assessor help with this assessment?"
        hint="An ISA is a staff member trained by the PCI Council; a QSA is an outside firm qualified by it. Most small organisations have neither."
        value={s1.assessor}
        options={[
          { value: 'none', label: 'No, neither' },
          { value: 'isa', label: 'An ISA (our own staff)' },
          { value: 'qsa', label: 'A QSA company' },
          { value: 'both', label: 'Both' },
        ]}
        onChange={(v) => set({ assessor: v })}
      />
      {s1.assessor === 'isa' || s1.assessor === 'both' ? (
        <TextField
          id="isaNames"
          label="ISA name(s)"
          value={s1.isaNames}
          onChange={(v) => set({ isaNames: v })}
        />
      ) : null}
      {s1.assessor === 'qsa' || s1.assessor === 'both' ? (
        <>
          <TextField
            id="qsaCompany"
            label="QSA company name"
            value={s1.qsaCompany}
            onChange={(v) => set({ qsaCompany: v })}
          />
          <TextField
            id="qsaLeadName"
            label="Lead assessor name"
            value={s1.qsaLeadName}
            onChange={(v) => set({ qsaLeadName: v })}
          />
          <TextField
            id="qsaCertificate"
            label="Lead assessor certificate number"
            value={s1.qsaCertificate}
            onChange={(v) => set({ qsaCertificate: v })}
          />
          <TextField
            id="qsaEmail"
            type="email"
            label="QSA email"
            value={s1.qsaEmail}
            onChange={(v) => set({ qsaEmail: v })}
          />
          <TextField
            id="qsaPhone"
            type="tel"
            label="QSA phone"
            value={s1.qsaPhone}
            onChange={(v) => set({ qsaPhone: v })}
          />
        </>
      ) : null}

      <h2>Part 2a: Payment channels</h2>
      <p>
        Included in this assessment:{' '}
        <strong>{channels.map((c) => CHANNEL_NAMES[c]).join(', ')}</strong> (from your interview).
      </p>
      {excluded.length > 0 ? (
        <SeparateChannels
          organisation={assessment.organisation}
          separate={separateChannels}
          onUse={(text) => set({ excludedChannels: text })}
          current={s1.excludedChannels}
        />
      ) : null}
      {excluded.length > 0 ? (
        <TextArea
          id="excludedChannels"
          label={`Channels left out (${excluded.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(', ')}): say why, if you use them`}
          hint="For example: in-person payments are covered by a separate SAQ P2PE; or: we do not take payments by phone. Ask your acquirer about channels this SAQ does not cover."
          value={s1.excludedChannels}
          onChange={(v) => set({ excludedChannels: v })}
        />
      ) : null}

      <h2>Part 2b: How you handle card data</h2>
      {channels.map((c) => (
        <TextArea
          key={c}
          id={`channel-${c}`}
          label={`${CHANNEL_NAMES[c]}: how card details are taken and where they go`}
          hint="For example: donors are redirected to Stripe's hosted page; we never see or store card numbers."
          value={s1.channelDescriptions?.[c]}
          onChange={(v) =>
            set((cur) => ({ channelDescriptions: { ...cur.channelDescriptions, [c]: v } }))
          }
        />
      ))}

      <h2>Part 2c: Your payment environment</h2>
      <TextArea
        id="environment"
        label="Describe the systems involved in payments"
        hint="The web server with the donate page that redirects to or embeds the provider's form, card terminals, computers used for payments, and how they connect."
        value={s1.environment}
        onChange={(v) => set({ environment: v })}
        rows={4}
      />
      <RadioGroup
        id="segmentation"
        label="Do you use network segmentation to reduce what is in scope?"
        hint="Segmentation means firewalls or separate networks keep payment systems apart from everything else."
        value={s1.segmentation}
        options={YES_NO}
        onChange={(v) => set({ segmentation: v })}
      />

      <h2>Part 2d: Locations</h2>
      {locations.map((l, i) => (
        <fieldset className="fieldset repeat" key={i}>
          <legend className="fieldset__legend fieldset__legend--small">Location {i + 1}</legend>
          <TextField
            id={`location-${i}-type`}
            label="Type of place"
            hint="For example: head office, charity shop, events."
            value={l.type}
            onChange={(v) => setItem('locations', i, { type: v })}
          />
          <TextField
            id={`location-${i}-count`}
            label="How many of this type"
            value={l.count}
            onChange={(v) => setItem('locations', i, { count: v })}
          />
          <TextField
            id={`location-${i}-where`}
            label="Town or city, and country"
            value={l.where}
            onChange={(v) => setItem('locations', i, { where: v })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => addItem('locations')}
      >
        Add another location
      </button>

      <h2>Part 2e: PCI-validated products and solutions</h2>
      <RadioGroup
        id="usesValidatedProducts"
        label="Do you use products or solutions listed by the PCI Council?"
        hint="For example a P2PE solution, a SPoC solution, or approved card terminals (PTS devices). Your provider can tell you."
        value={s1.usesValidatedProducts}
        options={YES_NO}
        onChange={(v) => set({ usesValidatedProducts: v })}
      />
      {s1.usesValidatedProducts === 'yes'
        ? products.map((p, i) => (
            <fieldset className="fieldset repeat" key={i}>
              <legend className="fieldset__legend fieldset__legend--small">Product {i + 1}</legend>
              {(['name', 'version', 'standard', 'listing', 'expiry'] as const).map((f) => (
                <TextField
                  key={f}
                  id={`product-${i}-${f}`}
                  type={f === 'expiry' ? 'date' : 'text'}
                  label={
                    {
                      name: 'Name',
                      version: 'Version',
                      standard: 'PCI standard it is validated to',
                      listing: 'Listing reference number',
                      expiry: 'Listing expiry date',
                    }[f]
                  }
                  value={p[f]}
                  onChange={(v) => setItem('products', i, { [f]: v })}
                />
              ))}
            </fieldset>
          ))
        : null}
      {s1.usesValidatedProducts === 'yes' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => addItem('products')}
        >
          Add another product
        </button>
      ) : null}

      <h2>Part 2f: Service providers</h2>
      <p>
        List every company or person that handles card data for you, or could affect its security.
        People often forget:
      </p>
      <ul className="list list--bullet">
        {PROVIDER_PROMPTS.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {providers.map((p, i) => (
        <fieldset
          className="fieldset repeat"
          key={i}
          id={i === 0 ? 'providers' : undefined}
          tabIndex={-1}
        >
          <legend className="fieldset__legend fieldset__legend--small">Provider {i + 1}</legend>
          <TextField
            id={`provider-${i}-name`}
            label="Name"
            value={p.name}
            onChange={(v) => setItem('providers', i, { name: v })}
          />
          <TextField
            id={`provider-${i}-service`}
            label="What they do for you"
            value={p.service}
            onChange={(v) => setItem('providers', i, { service: v })}
          />
          <RadioGroup
            id={`provider-${i}-handles`}
            label="Do they store, process or send card data for you?"
            value={p.handlesCardData}
            options={YES_NO}
            onChange={(v) => setItem('providers', i, { handlesCardData: v })}
          />
          <RadioGroup
            id={`provider-${i}-affects`}
            label="Could they affect the security of your card payments?"
            value={p.couldAffect}
            options={YES_NO}
            onChange={(v) => setItem('providers', i, { couldAffect: v })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => set({ providers: [...providers, {}] })}
      >
        Add another provider
      </button>

      {saq.id !== 'D-Merchant' ? (
        <>
          <h2 id="criteria" tabIndex={-1}>
            Part 2h: Eligibility for {saq.name}
          </h2>
          <p>
            Tick each statement that is true for the channels in this assessment. If one is not
            true, this SAQ may not be the right one.
          </p>
          {saq.eligibility.map((c) => (
            <Checkbox
              key={c.id}
              id={`criterion-${c.id}`}
              label={c.text}
              checked={confirmed.has(c.id)}
              onChange={(v) =>
                set((cur) => {
                  const now = new Set(cur.confirmedCriteria ?? []);
                  if (v) now.add(c.id);
                  else now.delete(c.id);
                  return { confirmedCriteria: [...now] };
                })
              }
            />
          ))}
        </>
      ) : null}

      {hasScans ? (
        <>
          <h2>Quarterly external scans (requirement 11.3.2)</h2>
          <TextField
            id="scanVendor"
            label="Your approved scanning vendor (ASV)"
            value={s1.scanVendor}
            onChange={(v) => set({ scanVendor: v })}
          />
          {[0, 1, 2, 3].map((i) => (
            <TextField
              key={i}
              id={i === 0 ? 'scanDates' : `scanDates-${i}`}
              type="date"
              label={`Date of passing scan ${i + 1} of the last four quarters`}
              value={s1.scanDates?.[i]}
              onChange={(v) =>
                set((cur) => {
                  const dates = [...(cur.scanDates ?? ['', '', '', ''])];
                  dates[i] = v;
                  return { scanDates: dates };
                })
              }
            />
          ))}
          <TextArea
            id="rescans"
            label="Rescans after failed scans, if any"
            value={s1.rescans}
            onChange={(v) => set({ rescans: v })}
            rows={2}
          />
          <TextField
            id="scanReportsKept"
            label="Where the scan reports are kept"
            value={s1.scanReportsKept}
            onChange={(v) => set({ scanReportsKept: v })}
          />
        </>
      ) : null}
      <Link className="button" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
    </div>
  );
}

const PAYMENTS: Record<ChannelKind, string> = {
  ecommerce: 'Online payments',
  moto: 'Payments by phone and post',
  cardPresent: 'In-person payments',
};

/** The Part 2a sentence for channels another assessment of this organisation covers. */
function separateChannelsText(list: readonly SeparateChannel[]): string {
  return list
    .map(
      (s) =>
        `${PAYMENTS[s.channel]} are covered by our separate ${SAQ_FACTS[s.saq].name} assessment.`,
    )
    .join(' ');
}

/**
 * When the organisation has other assessments for the channels this one leaves out (one SAQ per
 * channel), says so and offers the sentence for Part 2a.
 */
function SeparateChannels({
  organisation,
  separate,
  current,
  onUse,
}: {
  organisation: string;
  separate: readonly SeparateChannel[];
  current: string | undefined;
  onUse: (text: string) => void;
}) {
  if (separate.length === 0) return null;
  const text = separateChannelsText(separate);
  return (
    <div className="notification">
      <p>
        {organisation} has separate assessments for the other channels:{' '}
        {separate
          .map((s) => `${CHANNEL_NAMES[s.channel].toLowerCase()} (${SAQ_FACTS[s.saq].name})`)
          .join(', ')}
        .
      </p>
      {current?.includes(text) ? null : (
        // Adds to what is already there, never replaces it: nothing typed is lost.
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onUse(current?.trim() ? `${current.trim()} ${text}` : text)}
        >
          {current?.trim() ? 'Add this to the text below' : 'Say this below'}
        </button>
      )}
    </div>
  );
}
