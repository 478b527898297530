import { Link } from 'react-router';
import { Checkbox, RadioGroup, TextArea, TextField } from '@/components/ui/fields';
import { SaveIndicator } from '@/components/ui/save-indicator';
import { SECTION1_WORDS, say } from '@/content/words';
import type { Section1 } from '@/domain/assessment/model';
import type { SeparateChannel } from '@/domain/assessment/organisations';
import { needsQuarterlyScans } from '@/domain/assessment/scans';
import { criteriaFor } from '@/domain/eligibility/criteria';
import {
  CHANNEL_NAMES,
  CHANNELS,
  SAQ_FACTS,
  type ChannelKind,
} from '@/domain/eligibility/saq-catalog';
import { sectionEditor, type AssessmentSession } from '@/hooks/assessment-session';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl } from '@/lib/paths';
import { withMember } from '@/lib/lists';
import {
  listItems,
  SECTION1_PARTS,
  valueAt,
  withValueAt,
  type FieldSpec,
  type ListSpec,
  type Section1Context,
  type Words,
} from './section1-fields';

const w = (code: Words, params?: Record<string, string | number>) =>
  say(SECTION1_WORDS, code, params);

type SetSection = (change: (current: Section1) => Partial<Section1>) => void;

/** One field of the table, bound to its place in Section 1 (or in a list item). */
function Field({
  spec,
  id,
  value,
  onChange,
  params,
}: {
  spec: FieldSpec;
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  params?: Record<string, string | number>;
}) {
  const label = w(spec.label, params);
  const hint = spec.hint ? w(spec.hint, params) : undefined;
  const text = typeof value === 'string' ? value : undefined;
  switch (spec.kind) {
    case 'text':
      return (
        <TextField
          id={id}
          label={label}
          {...(hint ? { hint } : {})}
          value={text}
          onChange={onChange}
          {...(spec.type ? { type: spec.type } : {})}
          {...(spec.autoComplete ? { autoComplete: spec.autoComplete } : {})}
        />
      );
    case 'textarea':
      return (
        <TextArea
          id={id}
          label={label}
          {...(hint ? { hint } : {})}
          value={text}
          onChange={onChange}
          {...(spec.rows ? { rows: spec.rows } : {})}
        />
      );
    case 'radio':
      return (
        <RadioGroup
          id={id}
          label={label}
          {...(hint ? { hint } : {})}
          value={text}
          options={spec.options.map((o) => ({ value: o.value, label: w(o.label) }))}
          onChange={onChange}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          id={id}
          label={label}
          {...(hint ? { hint } : {})}
          checked={value === true}
          onChange={onChange}
        />
      );
  }
}

/** A repeated group: one fieldset per item, and a button to add one. */
function List({ spec, ctx, set }: { spec: ListSpec; ctx: Section1Context; set: SetSection }) {
  const items: object[] = listItems(ctx.s1, spec.key, spec.initial);
  const setItem = (i: number, path: string, value: unknown) =>
    set((current) => ({
      [spec.key]: listItems(current, spec.key, spec.initial).map((item: object, j: number) =>
        j === i ? withValueAt(item, path, value) : item,
      ),
    }));
  return (
    <>
      {items.map((item, i) => (
        <fieldset
          className="fieldset repeat"
          key={i}
          // The review links to the list itself ("providers") as well as to its fields.
          {...(i === 0 ? { id: spec.key, tabIndex: -1 } : {})}
        >
          <legend className="fieldset__legend fieldset__legend--small">
            {w(spec.legend, { n: i + 1 })}
          </legend>
          {spec.fields.map((f) => (
            <Field
              key={f.id}
              spec={f}
              id={`${spec.idPrefix}-${i}-${f.id}`}
              value={valueAt(item, f.path)}
              onChange={(v) => setItem(i, f.path, v)}
            />
          ))}
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          set((current) => ({
            [spec.key]: [...listItems(current, spec.key, spec.initial), {}],
          }))
        }
      >
        {w(spec.add)}
      </button>
    </>
  );
}

/** A part's heading id; Part 2h's is the review's link target `criteria`. */
const headingId = (part: string) => (part === '2h' ? 'criteria' : `part-${part}`);

/** Section 1: Assessment Information (the attestation's Parts 1a to 2h), in the official part order. */
export function Section1Page({
  session,
  separateChannels,
}: {
  session: AssessmentSession;
  /** The organisation's other current assessments that cover the channels this one leaves out. */
  separateChannels: readonly SeparateChannel[];
}) {
  useDocumentTitle(w('title'));
  const { assessment, saq } = session;
  const [s1, set] = sectionEditor(session, 'section1');
  const channels: readonly ChannelKind[] = assessment.channels.length
    ? assessment.channels
    : ['ecommerce'];
  const ctx: Section1Context = {
    s1,
    channels,
    excluded: CHANNELS.filter((c) => !channels.includes(c)),
  };
  const channelList = (list: readonly ChannelKind[]) =>
    list.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(', ');
  const paramsFor = (f: FieldSpec): Record<string, string> | undefined => {
    if (f.id === 'excludedChannels') return { channels: channelList(ctx.excluded) };
    const channel = CHANNELS.find((c) => f.id === `channel-${c}`);
    return channel ? { channel: CHANNEL_NAMES[channel] } : undefined;
  };

  const special = (kind: 'separate-channels' | 'provider-prompts' | 'criteria' | 'scans') => {
    switch (kind) {
      case 'separate-channels':
        return (
          <>
            <p>
              {w('channels.included', {
                channels: channels.map((c) => CHANNEL_NAMES[c]).join(', '),
              })}
            </p>
            {ctx.excluded.length > 0 ? (
              <SeparateChannels
                organisation={assessment.organisation}
                separate={separateChannels}
                current={s1.excludedChannels}
                onUse={(text) => set({ excludedChannels: text })}
              />
            ) : null}
          </>
        );
      case 'provider-prompts':
        return (
          <>
            <p>{w('providers.intro')}</p>
            <ul className="list list--bullet">
              {(['1', '2', '3', '4', '5'] as const).map((n) => (
                <li key={n}>{w(`providers.prompt.${n}`)}</li>
              ))}
            </ul>
          </>
        );
      case 'criteria':
        return <Criteria session={session} s1={s1} set={set} />;
      case 'scans':
        return <Scans s1={s1} set={set} />;
    }
  };

  const shownPart = (id: string) =>
    id === '2h'
      ? saq.id !== 'D-Merchant'
      : id === 'scans'
        ? needsQuarterlyScans(saq, assessment)
        : true;

  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        {w('back')}
      </Link>
      <p className="caption">
        {assessment.organisation} · {saq.name}
      </p>
      <h1>{w('title')}</h1>
      <SaveIndicator save={session.save} />
      <p>{w('intro')}</p>
      {SECTION1_PARTS.filter((p) => shownPart(p.id)).map((part) => (
        <section key={part.id} aria-labelledby={headingId(part.id)}>
          <h2 id={headingId(part.id)} tabIndex={-1}>
            {w(part.heading, { saq: saq.name })}
          </h2>
          {part.items.map((item, n) => {
            if (
              item.kind === 'separate-channels' ||
              item.kind === 'provider-prompts' ||
              item.kind === 'criteria' ||
              item.kind === 'scans'
            )
              return <div key={item.kind}>{special(item.kind)}</div>;
            if (item.showIf && !item.showIf(ctx)) return null;
            if (item.kind === 'list')
              return <List key={item.key} spec={item} ctx={ctx} set={set} />;
            const params = paramsFor(item);
            return (
              <Field
                key={`${item.id}-${n}`}
                spec={item}
                id={item.id}
                value={
                  item.id === 'companyName'
                    ? (s1.companyName ?? assessment.organisation)
                    : valueAt(s1, item.path)
                }
                onChange={(v) => set((current) => withValueAt(current, item.path, v))}
                {...(params ? { params } : {})}
              />
            );
          })}
        </section>
      ))}
      <Link className="button" to={assessmentUrl(assessment.id)}>
        {w('back')}
      </Link>
    </div>
  );
}

/**
 * Part 2h: the SAQ's eligibility criteria for the channels this assessment covers. A criterion that
 * does not apply (SAQ A's script criterion with a redirect, FAQ 1588) is shown as such, not ticked.
 */
function Criteria({
  session,
  s1,
  set,
}: {
  session: AssessmentSession;
  s1: Section1;
  set: SetSection;
}) {
  const { assessment, saq } = session;
  const confirmed = new Set(s1.confirmedCriteria ?? []);
  return (
    <>
      <p>{w('criteria.intro')}</p>
      {criteriaFor(saq.eligibility, assessment.channels, assessment.interview).map((c) =>
        c.applies ? (
          <Checkbox
            key={c.id}
            id={`criterion-${c.id}`}
            label={c.text}
            checked={confirmed.has(c.id)}
            onChange={(v) =>
              set((cur) => ({ confirmedCriteria: withMember(cur.confirmedCriteria, c.id, v) }))
            }
          />
        ) : (
          <div key={c.id} className="criterion criterion--not-applying">
            <p>{c.text}</p>
            <p className="hint">{w('criteria.not-applying')}</p>
          </div>
        ),
      )}
    </>
  );
}

/**
 * Quarterly external scans (11.3.2): four passing quarterly scans, or, for a first assessment, the
 * latest passing scan and the three confirmations the requirement's applicability note asks for.
 */
function Scans({ s1, set }: { s1: Section1; set: SetSection }) {
  const first = s1.scanRoute === 'first-assessment';
  const count = first ? 1 : 4;
  const setList = <K extends 'scanDates' | 'scanResults'>(key: K, i: number, v: string) =>
    set((cur) => {
      const list: string[] = [...(cur[key] ?? [])];
      while (list.length < count) list.push('');
      list[i] = v;
      return { [key]: list };
    });
  return (
    <>
      <TextField
        id="scanVendor"
        label={w('scanVendor.label')}
        value={s1.scanVendor}
        onChange={(v) => set(() => ({ scanVendor: v }))}
      />
      <RadioGroup
        id="scanRoute"
        label={w('scanRoute.label')}
        value={s1.scanRoute ?? 'quarterly'}
        options={[
          { value: 'quarterly', label: w('scanRoute.quarterly') },
          { value: 'first-assessment', label: w('scanRoute.first-assessment') },
        ]}
        onChange={(v) => set(() => ({ scanRoute: v }))}
      />
      {first ? <p className="hint">{w('scanRoute.first-assessment.hint')}</p> : null}
      {Array.from({ length: count }, (_, i) => (
        <div className="repeat" key={i}>
          <TextField
            id={i === 0 ? 'scanDates' : `scanDates-${i}`}
            type="date"
            label={first ? w('scanDate.first.label') : w('scanDate.label', { n: i + 1 })}
            value={s1.scanDates?.[i]}
            onChange={(v) => setList('scanDates', i, v)}
          />
          <RadioGroup
            id={`scanResults-${i}`}
            label={w('scanResult.label', { n: i + 1 })}
            value={s1.scanResults?.[i] || undefined}
            options={[
              { value: 'passed', label: w('scanResult.passed') },
              { value: 'failed', label: w('scanResult.failed') },
            ]}
            onChange={(v) => setList('scanResults', i, v)}
          />
        </div>
      ))}
      {first
        ? (['latestPassed', 'quarterlyPolicy', 'fixedAndRescanned'] as const).map((k) => (
            <Checkbox
              key={k}
              id={`scan-first-${k}`}
              label={w(`firstScan.${k}.label`)}
              checked={s1.firstScan?.[k] === true}
              onChange={(v) => set((cur) => ({ firstScan: { ...cur.firstScan, [k]: v } }))}
            />
          ))
        : null}
      <TextArea
        id="rescans"
        label={w('rescans.label')}
        value={s1.rescans}
        onChange={(v) => set(() => ({ rescans: v }))}
        rows={2}
      />
      <TextField
        id="scanReportsKept"
        label={w('scanReportsKept.label')}
        value={s1.scanReportsKept}
        onChange={(v) => set(() => ({ scanReportsKept: v }))}
      />
    </>
  );
}

/** The Part 2a sentence for channels another assessment of this organisation covers. */
function separateChannelsText(list: readonly SeparateChannel[]): string {
  return list
    .map((s) => w(`separate.sentence.${s.channel}`, { saq: SAQ_FACTS[s.saq].name }))
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
        {w('separate.intro', {
          organisation,
          list: separate
            .map((s) =>
              w('separate.item', {
                channel: CHANNEL_NAMES[s.channel].toLowerCase(),
                saq: SAQ_FACTS[s.saq].name,
              }),
            )
            .join(', '),
        })}
      </p>
      {current?.includes(text) ? null : (
        // Adds to what is already there, never replaces it: nothing typed is lost.
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onUse(current?.trim() ? `${current.trim()} ${text}` : text)}
        >
          {current?.trim() ? w('separate.add') : w('separate.say')}
        </button>
      )}
    </div>
  );
}
