import { useEffect, useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link, useNavigate } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { optionLabel, otherSaqCriteria } from '@/content/eligibility';
import { loadSaqContent } from '@/content/loader';
import { whatWouldChange } from '@/domain/eligibility/alternatives';
import type { ChannelDecision, SaqDecision, SaqId } from '@/domain/eligibility/decide-saq';
import {
  answerFor,
  nextStep,
  stepForField,
  type InterviewAnswers,
} from '@/domain/eligibility/journey';

import { messagesFor, sourceLabel, summaryText } from '@/domain/eligibility/messages';
import { CHANNEL_NAMES, SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { selectDecision, selectPhase, selectProfile } from '@/machine/interview-selectors';
import { stepUrl } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { InterviewActor } from './interview-actor';
import { processorCandidates } from './processor-alternatives';
import { loadProcessorCatalog } from '@/content/processors';
import type { ProcessorCatalog } from '@/content/schema';

function saqList(ids: SaqId[]): string {
  const names = ids.map((id) => SAQ_FACTS[id].name);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function Headline({ decision }: { decision: SaqDecision }) {
  if (decision.status === 'decided' && decision.saq) {
    const f = SAQ_FACTS[decision.saq];
    return (
      <div className="panel">
        <h1 className="panel__title">You need {f.name}</h1>
        <p className="panel__body">
          {f.name === 'SAQ D for Service Providers'
            ? 'The self-assessment for service providers.'
            : `${f.name} (${f.edition}) has ${f.rows} requirements to answer. It is for: ${f.forWhom.charAt(0).toLowerCase()}${f.forWhom.slice(1)}.`}
        </p>
      </div>
    );
  }
  if (decision.status === 'needs-review') {
    return (
      <div className="panel panel--review">
        <h1 className="panel__title">Not settled yet</h1>
        <p className="panel__body">
          {decision.candidates.length > 0
            ? `Your questionnaire is ${saqList(decision.candidates)}. A few answers decide which: see below for what settles it.`
            : 'Your card payment volume needs a different kind of assessment: see below.'}
        </p>
      </div>
    );
  }
  return (
    <div className="panel">
      <h1 className="panel__title">No SAQ is needed for these payments</h1>
      <p className="panel__body">None of the payments you described are yours to assess.</p>
    </div>
  );
}

function Criteria({ saq }: { saq: SaqId }) {
  const [criteria, setCriteria] = useState<string[] | null>(otherSaqCriteria[saq] ?? null);
  useEffect(() => {
    let live = true;
    loadSaqContent(saq).then((c) => {
      if (live && c) setCriteria(c.eligibility.map((e) => e.text));
    });
    return () => {
      live = false;
    };
  }, [saq]);
  if (!criteria) return null;
  return (
    <section aria-labelledby={`criteria-${saq}`}>
      <h2 id={`criteria-${saq}`}>What you must be able to confirm for {SAQ_FACTS[saq].name}</h2>
      <ul className="list list--bullet">
        {criteria.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}

function ChannelTable({ channels }: { channels: ChannelDecision[] }) {
  return (
    <TableScroll label="Questionnaire per channel">
      <table className="table">
        <caption className="visually-hidden">SAQ for each payment channel</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Questionnaire</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.channel}>
              <th scope="row">{CHANNEL_NAMES[c.channel]}</th>
              <td>
                {c.saq
                  ? `${SAQ_FACTS[c.saq].name} (${SAQ_FACTS[c.saq].rows} requirements)`
                  : c.status === 'out-of-scope'
                    ? 'Not part of your assessment'
                    : `Not settled: ${saqList(c.candidates)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Channels({
  decision,
  shareSystems,
}: {
  decision: SaqDecision;
  shareSystems: string | undefined;
}) {
  const channels = decision.perChannel;
  if (channels.length < 2) return null;
  if (decision.separateSaqsPossible) {
    return (
      <section aria-labelledby="per-channel">
        <h2 id="per-channel">One shorter questionnaire per channel</h2>
        <p>
          Your channels are kept apart, so your acquirer may accept a separate SAQ for each one.
          This is valid only if your acquirer agrees and the channels stay separated (no shared
          computers or networks).
        </p>
        <ChannelTable channels={channels} />
        <p>
          <strong>The alternative:</strong> one questionnaire that covers everything,{' '}
          {decision.saq ? SAQ_FACTS[decision.saq].name : saqList(decision.candidates)}.
        </p>
      </section>
    );
  }
  const why =
    shareSystems === 'yes'
      ? 'Separate questionnaires per channel are not available because your channels share computers or networks.'
      : shareSystems === 'unsure'
        ? 'Separate questionnaires per channel need the channels kept apart; you were not sure whether they are.'
        : channels.some((c) => c.saq === 'D-Merchant')
          ? 'Separate questionnaires would not save anything here, because one channel already needs SAQ D.'
          : channels.some((c) => c.status === 'needs-review')
            ? 'Whether separate questionnaires are possible depends on the open questions above.'
            : 'All your channels lead to the same questionnaire.';
  return (
    <section aria-labelledby="per-channel">
      <h2 id="per-channel">Each channel on its own</h2>
      <ChannelTable channels={channels} />
      <p>{why}</p>
    </section>
  );
}

const SETUP_PREFIX = { ecommerce: 'online-', moto: 'phone-', cardPresent: 'in-person-' } as const;

/** The channel map: which processor each setup came from, and the SAQ for its channel. */
function ProcessorMap({ answers, decision }: { answers: InterviewAnswers; decision: SaqDecision }) {
  const from = answers.prefilledBy ?? {};
  const rows = decision.perChannel.flatMap((c) =>
    Object.entries(from)
      .filter(
        ([step]) =>
          step.startsWith(SETUP_PREFIX[c.channel]) &&
          /-(payment-page|capture|equipment)$/.test(step),
      )
      .map(([step, name]) => ({ key: step, channel: c, name })),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="processor-map">
      <h2 id="processor-map">Your payment setups</h2>
      <TableScroll label="Setups and their questionnaires">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Processor or tool</th>
              <th scope="col">Questionnaire for the channel</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{CHANNEL_NAMES[r.channel.channel]}</th>
                <td>{r.name}</td>
                <td>
                  {r.channel.saq
                    ? SAQ_FACTS[r.channel.saq].name
                    : r.channel.status === 'out-of-scope'
                      ? 'Not part of your assessment'
                      : `Not settled: ${saqList(r.channel.candidates)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** "Start the questionnaire": for the covering SAQ, or one per channel when that is possible. */
function StartActions({ decision }: { decision: SaqDecision }) {
  if (decision.status !== 'decided' || !decision.saq || decision.saq === 'D-SP') return null;
  const inScope = decision.perChannel.filter((c) => c.status === 'decided' && c.saq);
  const covering = `/assessments/new?saq=${encodeURIComponent(decision.saq)}&channels=${inScope.map((c) => c.channel).join(',')}`;
  const perChannel = `/assessments/new?plan=${inScope.map((c) => `${c.saq}:${c.channel}`).join(',')}`;
  const names = inScope.map((c) => SAQ_FACTS[c.saq as SaqId].name);
  return (
    <section aria-labelledby="start" className="no-print">
      <h2 id="start">Start the questionnaire</h2>
      {decision.separateSaqsPossible ? (
        <>
          <Link className="button" to={perChannel}>
            Start one questionnaire per channel ({names.join(' and ')})
          </Link>
          <Link className="button button--secondary" to={covering}>
            Start {SAQ_FACTS[decision.saq].name} for everything
          </Link>
        </>
      ) : (
        <Link className="button" to={covering}>
          Start {SAQ_FACTS[decision.saq].name}
        </Link>
      )}
    </section>
  );
}

/** The SAQ with its reasons, sources, open questions and what would change it. */
export function ResultPage() {
  useDocumentTitle('Your result');
  const actorRef = InterviewActor.useActorRef();
  const navigate = useNavigate();
  const phase = InterviewActor.useSelector(selectPhase);
  const decision = InterviewActor.useSelector(selectDecision);
  const profile = InterviewActor.useSelector(selectProfile);
  const answers = InterviewActor.useSelector((s) => s.context.answers);
  const [catalog, setCatalog] = useState<ProcessorCatalog | null>(null);
  const picked = (answers.processors ?? []).length > 0;
  useEffect(() => {
    if (picked) void loadProcessorCatalog().then(setCatalog);
  }, [picked]);

  useEffect(() => {
    const s = actorRef.getSnapshot();
    const next = nextStep(s.context.answers);
    if (next) {
      navigate(stepUrl(next.id), { replace: true });
      return;
    }
    if (selectPhase(s) === 'asking') actorRef.send({ type: 'answers.review' });
    if (selectPhase(actorRef.getSnapshot()) === 'checking')
      actorRef.send({ type: 'answers.confirm' });
  }, [actorRef, navigate]);

  if (phase !== 'result' || !decision || !profile) return null;
  const messages = messagesFor(decision);
  const alternatives = whatWouldChange(
    profile,
    decision,
    catalog ? processorCandidates(answers, profile, catalog) : [],
  );
  const criteriaFor: SaqId[] = decision.separateSaqsPossible
    ? [...new Set(decision.perChannel.flatMap((c) => (c.saq ? [c.saq] : [])))]
    : decision.saq
      ? [decision.saq]
      : [];

  return (
    <div className="result">
      <Headline decision={decision} />

      {decision.status === 'needs-review' && decision.nextSteps.length > 0 ? (
        <section aria-labelledby="settle">
          <h2 id="settle">What settles it</h2>
          <ol className="list list--number">
            {decision.nextSteps.map((s) => (
              <li key={s.code}>{s.text}</li>
            ))}
          </ol>
          {messages.length > 0 ? (
            <>
              <h3>Messages you can send</h3>
              {messages.map((m) => (
                <div className="message" key={m.code}>
                  <p>
                    <strong>To:</strong> {m.to}
                    <br />
                    <strong>Subject:</strong> {m.subject}
                  </p>
                  <pre className="message__body">{m.body}</pre>
                  <CopyButton
                    text={`Subject: ${m.subject}\n\n${m.body}`}
                    label={`Copy the message to ${m.to.toLowerCase()}`}
                  />
                </div>
              ))}
            </>
          ) : null}
        </section>
      ) : null}

      <ProcessorMap answers={answers} decision={decision} />

      <Channels decision={decision} shareSystems={answers.channelsShareSystems} />

      {criteriaFor.map((saq) => (
        <Criteria key={saq} saq={saq} />
      ))}

      <section aria-labelledby="why">
        <h2 id="why">Why</h2>
        <ul className="reasons">
          {decision.reasons.map((r, i) => {
            const step = r.field ? stepForField(answers, r.field) : undefined;
            const given = step ? answerFor(answers, step) : undefined;
            const shown = Array.isArray(given)
              ? given.map((v) => optionLabel(step?.question ?? '', v)).join(', ')
              : given && step
                ? optionLabel(step.question, given)
                : undefined;
            return (
              <li key={`${r.code}-${i}`} className="reason">
                <p>{r.text}</p>
                {shown ? <p className="reason__answer">Your answer: {shown}</p> : null}
                <p className="reason__source">
                  Source: {sourceLabel(r.source)}
                  {step ? (
                    <>
                      {' · '}
                      <Link
                        to={stepUrl(step.id)}
                        onClick={() => actorRef.send({ type: 'answers.change', stepId: step.id })}
                      >
                        Change this answer
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
          <h2 id="change-it">What would change it</h2>
          <p>Changes to how you take payments that would give you a shorter questionnaire:</p>
          <ul className="list list--bullet">
            {alternatives.map((a) => (
              <li key={a.code + a.change}>
                {a.change} That would mean {SAQ_FACTS[a.to].name} instead of{' '}
                {SAQ_FACTS[a.from].name}: <strong>{a.rowsSaved} fewer requirements</strong>.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {decision.status !== 'needs-review' && decision.nextSteps.length > 0 ? (
        <section aria-labelledby="next">
          <h2 id="next">Next steps</h2>
          <ul className="list list--bullet">
            {decision.nextSteps.map((s) => (
              <li key={s.code}>{s.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <StartActions decision={decision} />

      <div className="actions no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this result
        </button>
        <CopyButton text={summaryText(decision)} label="Copy a plain-text summary" />
        <Link className="button button--secondary" to="/interview/check">
          Check or change your answers
        </Link>
      </div>
    </div>
  );
}
