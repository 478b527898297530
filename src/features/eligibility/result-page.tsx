import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ProcessorCatalog, SaqContent } from '@/content/schema';
import { RESULT_WORDS, say } from '@/content/words';
import { whatWouldChange } from '@/domain/eligibility/alternatives';
import { criteriaFor } from '@/domain/eligibility/criteria';
import type {
  ChannelDecision,
  MerchantDecision,
  SaqDecision,
} from '@/domain/eligibility/decide-saq';
import { stepForField, type InterviewAnswers } from '@/domain/eligibility/journey';
import { messagesFor, saqList, sourceLabel, summaryText } from '@/domain/eligibility/messages';
import { headlines, toneOf, type Headline } from '@/domain/eligibility/result-view';
import { CHANNEL_NAMES, SAQ_FACTS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { newAssessmentUrl, CHECK_URL, stepUrl } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { selectDecision, selectPhase, selectProfile } from '@/machine/interview-selectors';
import { FromChoice, shownAnswer } from './answer-shown';
import { useInterview, useInterviewActor } from './interview-actor';
import { pickedProcessors, processorCandidates } from '@/domain/eligibility/processor-alternatives';
import { namedProviders, unsureSteps } from '@/domain/eligibility/settle';
import { questionText } from '@/content/eligibility';
import { ProvisionalStart } from './provisional-start';

const w = (code: keyof typeof RESULT_WORDS, params?: Record<string, string | number>) =>
  say(RESULT_WORDS, code, params);

const channelWord = (c: ChannelDecision['channel']) => CHANNEL_NAMES[c].toLowerCase();

function andList(items: string[]): string {
  const last = items.pop();
  if (last === undefined) return '';
  return items.length === 0 ? last : w('list.and', { first: items.join(', '), last });
}

function headlineText(h: Headline): { title: string; body: string } {
  switch (h.kind) {
    case 'decided': {
      const f = SAQ_FACTS[h.saq];
      return {
        title: w('headline.decided', { saq: f.name }),
        body:
          h.saq === 'D-SP'
            ? w('headline.decided-sp.body')
            : w('headline.decided.body', {
                saq: f.name,
                edition: f.edition,
                rows: f.answerable,
                forWhom: f.forWhom.charAt(0).toLowerCase() + f.forWhom.slice(1),
              }),
      };
    }
    case 'per-channel':
      return {
        title: w('headline.per-channel', {
          list: andList(
            h.channels.map((c) =>
              w('headline.per-channel.item', {
                saq: SAQ_FACTS[c.saq].name,
                channel: channelWord(c.channel),
              }),
            ),
          ),
        }),
        body: w('headline.per-channel.body', { single: SAQ_FACTS[h.single].name }),
      };
    case 'open':
      return {
        title: w('headline.open', { list: saqList(h.candidates) }),
        body: w('headline.open.body'),
      };
    case 'roc':
    case 'acquirer-decides':
    case 'service-provider-onsite':
    case 'out-of-scope':
      return { title: w(`headline.${h.kind}`), body: w(`headline.${h.kind}.body`) };
  }
}

/** A headline panel; `level` is 1 for the page's heading, 2 beside another. */
function Panel({ headline, caption }: { headline: Headline; caption?: string }) {
  const text = headlineText(headline);
  const tone = toneOf(headline);
  const Heading = caption ? 'h2' : 'h1';
  return (
    <div className={`panel panel--${tone}`}>
      {caption ? <p className="panel__caption">{caption}</p> : null}
      <Heading className="panel__title">{text.title}</Heading>
      <p className="panel__body">{text.body}</p>
      {/* Said in words too, not only by the panel's colour. */}
      {tone === 'long' ? <p className="panel__note">{w('headline.long.note')}</p> : null}
    </div>
  );
}

function Headlines({ decision }: { decision: SaqDecision }) {
  const h = headlines(decision);
  if (!h.services) return h.ownPayments ? <Panel headline={h.ownPayments} /> : null;
  return (
    <>
      <h1 className="visually-hidden">{w('title')}</h1>
      <div className="panels">
        <Panel headline={h.services} caption={w('role.services')} />
        {h.ownPayments ? <Panel headline={h.ownPayments} caption={w('role.own-payments')} /> : null}
      </div>
    </>
  );
}

/** "What you must be able to confirm": each SAQ's criteria for the channels it would cover. */
function Criteria({
  saq,
  channels,
  perChannel,
  answers,
}: {
  saq: SaqContent;
  channels: ChannelDecision['channel'][];
  perChannel: boolean;
  answers: InterviewAnswers;
}) {
  const criteria = criteriaFor(saq.eligibility, channels, answers);
  const [only] = channels;
  return (
    <section aria-labelledby={`criteria-${saq.id}`}>
      <h2 id={`criteria-${saq.id}`}>
        {perChannel && only && channels.length === 1
          ? w('criteria.title.channel', { saq: saq.name, channel: channelWord(only) })
          : w('criteria.title', { saq: saq.name })}
      </h2>
      <ul className="list list--bullet">
        {criteria.map((c) => (
          <li key={c.id} className={c.applies ? undefined : 'criterion--not-applying'}>
            {c.text}
            {c.applies ? null : (
              <>
                {' '}
                <strong>{w('criteria.not-for-redirect')}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function channelCell(c: ChannelDecision, acquirer: boolean): string {
  if (c.saq)
    return w('channels.cell.saq', {
      saq: SAQ_FACTS[c.saq].name,
      rows: SAQ_FACTS[c.saq].answerable,
    });
  if (c.status === 'out-of-scope') return w('channels.cell.out');
  if (acquirer && c.candidates.length <= 1) return w('channels.cell.acquirer');
  return w('channels.cell.open', { list: saqList(c.candidates) });
}

function ChannelTable({ d, acquirer }: { d: MerchantDecision; acquirer: boolean }) {
  return (
    <TableScroll label={w('channels.label')}>
      <table className="table">
        <caption className="visually-hidden">{w('channels.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{w('channels.channel')}</th>
            <th scope="col">{w('channels.saq')}</th>
          </tr>
        </thead>
        <tbody>
          {d.perChannel.map((c) => (
            <tr key={c.channel}>
              <th scope="row">{CHANNEL_NAMES[c.channel]}</th>
              <td>{channelCell(c, acquirer)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Channels({
  d,
  acquirer,
  shareSystems,
}: {
  d: MerchantDecision;
  acquirer: boolean;
  shareSystems: string | undefined;
}) {
  if (d.perChannel.length < 2) return null;
  if (d.separateSaqsPossible) {
    return (
      <section aria-labelledby="per-channel">
        <h2 id="per-channel">{w('channels.title.separate')}</h2>
        <p>{w('channels.separate')}</p>
        <ChannelTable d={d} acquirer={acquirer} />
        {d.saq ? <p>{w('channels.alternative', { saq: SAQ_FACTS[d.saq].name })}</p> : null}
      </section>
    );
  }
  const why =
    shareSystems === 'yes'
      ? 'channels.why.shared'
      : shareSystems === 'unsure'
        ? 'channels.why.unsure'
        : d.perChannel.some((c) => c.saq === 'D-Merchant')
          ? 'channels.why.d'
          : d.perChannel.some((c) => c.status === 'needs-review')
            ? 'channels.why.open'
            : 'channels.why.same';
  return (
    <section aria-labelledby="per-channel">
      <h2 id="per-channel">{w('channels.title')}</h2>
      <ChannelTable d={d} acquirer={acquirer} />
      <p>{w(why)}</p>
    </section>
  );
}

/** The channel map: which processor each setup came from, the SAQ for its channel, and its caveat. */
function ProcessorMap({
  answers,
  d,
  catalog,
}: {
  answers: InterviewAnswers;
  d: MerchantDecision;
  catalog: ProcessorCatalog;
}) {
  const picked = pickedProcessors(answers, catalog);
  if (picked.length === 0) return null;
  const byChannel = new Map(d.perChannel.map((c) => [c.channel, c]));
  return (
    <section aria-labelledby="processor-map">
      <h2 id="processor-map">{w('map.title')}</h2>
      <TableScroll label={w('map.label')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{w('map.channel')}</th>
              <th scope="col">{w('map.processor')}</th>
              <th scope="col">{w('map.saq')}</th>
            </tr>
          </thead>
          <tbody>
            {picked.map((p) => {
              const c = p.channel === 'none' ? undefined : byChannel.get(p.channel);
              return (
                <tr key={p.id}>
                  <th scope="row">{p.channel === 'none' ? '' : CHANNEL_NAMES[p.channel]}</th>
                  <td>
                    {p.name}
                    <span className="hint">{w('map.caveat', { text: p.conditions })}</span>
                  </td>
                  <td>{c ? channelCell(c, false) : w('channels.cell.out')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** "Start the questionnaire": one per channel when that is possible, or one for everything. */
function StartActions({ d }: { d: MerchantDecision }) {
  if (d.status !== 'decided' || !d.saq) return null;
  const inScope = d.perChannel.filter((c) => c.status === 'decided' && c.saq);
  const single = newAssessmentUrl([{ saq: d.saq, channels: inScope.map((c) => c.channel) }]);
  const perChannel = newAssessmentUrl(
    inScope.map((c) => ({ saq: c.saq as SaqId, channels: [c.channel] })),
  );
  const names = inScope.map((c) => SAQ_FACTS[c.saq as SaqId].name);
  return (
    <section aria-labelledby="start" className="no-print">
      <h2 id="start">{w('start.title')}</h2>
      {d.separateSaqsPossible ? (
        <>
          <Link className="button" to={perChannel}>
            {w('start.per-channel', { list: andList(names) })}
          </Link>
          <Link className="button button--secondary" to={single}>
            {w('start.single', { saq: SAQ_FACTS[d.saq].name })}
          </Link>
        </>
      ) : (
        <Link className="button" to={single}>
          {w('start.one', { saq: SAQ_FACTS[d.saq].name })}
        </Link>
      )}
    </section>
  );
}

/** The SAQs whose criteria the page lists: one per channel when that is possible, else the one SAQ. */
function criteriaShown(
  d: MerchantDecision,
): { saq: SaqId; channels: ChannelDecision['channel'][] }[] {
  const covered = d.perChannel.filter((c) => c.status !== 'out-of-scope').map((c) => c.channel);
  if (d.separateSaqsPossible)
    return d.perChannel.flatMap((c) => (c.saq ? [{ saq: c.saq, channels: [c.channel] }] : []));
  return d.saq ? [{ saq: d.saq, channels: covered }] : [];
}

/** The SAQ with its reasons, sources, open questions and what would change it. */
export function ResultPage({
  saqs,
  catalog,
}: {
  /** The content of every merchant SAQ, for the criteria. */
  saqs: Readonly<Partial<Record<SaqId, SaqContent>>>;
  catalog: ProcessorCatalog;
}) {
  useDocumentTitle(w('title'));
  const actorRef = useInterviewActor();
  const phase = useInterview(selectPhase);
  const decision = useInterview(selectDecision);
  const profile = useInterview(selectProfile);
  const answers = useInterview((s) => s.context.answers);

  if (phase !== 'result' || !decision || !profile) return null;
  const own = decision.merchant ?? (decision.saq === 'D-SP' ? undefined : decision);
  const acquirer = decision.escalations.includes('no-saq-for-setup');
  const messages = messagesFor(decision, namedProviders(answers, catalog));
  const revisit = unsureSteps(answers);
  const alternatives = whatWouldChange(
    profile,
    decision,
    processorCandidates(answers, profile, catalog),
  );

  return (
    <div className="result">
      <Headlines decision={decision} />

      {decision.status === 'needs-review' && decision.nextSteps.length > 0 ? (
        <section aria-labelledby="settle">
          <h2 id="settle">{w('settle.title')}</h2>
          <ol className="list list--number">
            {decision.nextSteps.map((s) => (
              <li key={s.code}>{s.text}</li>
            ))}
          </ol>
          {messages.length > 0 ? (
            <>
              <h3>{w('settle.messages')}</h3>
              {messages.map((m) => (
                <div className="message" key={m.code}>
                  <p>
                    <strong>{w('settle.to')}</strong> {m.to}
                    <br />
                    <strong>{w('settle.subject')}</strong> {m.subject}
                  </p>
                  <pre className="message__body">{m.body}</pre>
                  <CopyButton
                    text={`${w('settle.subject')} ${m.subject}\n\n${m.body}`}
                    label={w('settle.copy', { to: m.to })}
                  />
                </div>
              ))}
            </>
          ) : null}
          {revisit.length > 0 ? (
            <>
              <h3>{w('settle.revisit.title')}</h3>
              <p>{w('settle.revisit')}</p>
              <ul className="list list--bullet">
                {revisit.map((step) => (
                  <li key={step.id}>
                    <Link
                      to={stepUrl(step.id)}
                      onClick={() => actorRef.send({ type: 'answers.change', stepId: step.id })}
                    >
                      {w('settle.revisit.item', { question: questionText(step.question).title })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {alternatives.length > 0 ? (
            <p>
              <a href="#change-it">{w('settle.change-setup')}</a>
            </p>
          ) : null}
          <ProvisionalStart decision={decision} />
        </section>
      ) : null}

      {own ? (
        <>
          <ProcessorMap answers={answers} d={own} catalog={catalog} />
          <Channels d={own} acquirer={acquirer} shareSystems={answers.channelsShareSystems} />
          {criteriaShown(own).flatMap(({ saq, channels }) => {
            const content = saqs[saq];
            return content ? (
              <Criteria
                key={saq + channels.join()}
                saq={content}
                channels={channels}
                perChannel={own.separateSaqsPossible}
                answers={answers}
              />
            ) : (
              []
            );
          })}
        </>
      ) : null}

      <section aria-labelledby="why">
        <h2 id="why">{w('why.title')}</h2>
        <ul className="reasons">
          {decision.reasons.map((r, i) => {
            const step = r.field ? stepForField(answers, r.field) : undefined;
            const shown = step ? shownAnswer(answers, step) : undefined;
            return (
              <li key={`${r.code}-${i}`} className="reason">
                <p>{r.text}</p>
                {shown && step ? (
                  <p className="reason__answer">
                    {w('why.your-answer', { answer: shown })}
                    <FromChoice answers={answers} step={step} />
                  </p>
                ) : null}
                <p className="reason__source">
                  {w('why.source', { source: sourceLabel(r.source) })}
                  {step ? (
                    <>
                      {' · '}
                      <Link
                        to={stepUrl(step.id)}
                        onClick={() => actorRef.send({ type: 'answers.change', stepId: step.id })}
                      >
                        {w('why.change')}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      {alternatives.length > 0 ? (
        <section aria-labelledby="change-it">
          <h2 id="change-it">{w('change.title')}</h2>
          <p>{w('change.intro')}</p>
          <ul className="list list--bullet">
            {alternatives.map((a) => (
              <li key={a.code + a.change}>
                {a.change}{' '}
                <strong>
                  {w('change.item', {
                    to: SAQ_FACTS[a.to].name,
                    from: SAQ_FACTS[a.from].name,
                    rows: a.rowsSaved,
                  })}
                </strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {decision.status !== 'needs-review' && decision.nextSteps.length > 0 ? (
        <section aria-labelledby="next">
          <h2 id="next">{w('next.title')}</h2>
          <ul className="list list--bullet">
            {decision.nextSteps.map((s) => (
              <li key={s.code}>{s.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {own ? <StartActions d={own} /> : null}

      <div className="actions no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {w('actions.print')}
        </button>
        <CopyButton text={summaryText(decision)} label={w('actions.copy')} />
        <Link className="button button--secondary" to={CHECK_URL}>
          {w('actions.check')}
        </Link>
      </div>
    </div>
  );
}
