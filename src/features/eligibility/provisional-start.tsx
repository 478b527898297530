import { Link } from 'react-router';
import { WORKSPACE_WORDS, say } from '@/content/words';
import { likelySaq } from '@/domain/assessment/provisional';
import type { SaqDecision } from '@/domain/eligibility/decide-saq';
import { SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { newAssessmentUrl } from '@/lib/paths';

/**
 * A result that is not settled: the likely SAQ can be started now, marked provisional, and is
 * checked again when the answer arrives (each time this interview's result is shown).
 */
export function ProvisionalStart({ decision }: { decision: SaqDecision }) {
  const saq = likelySaq(decision);
  const own = decision.merchant ?? decision;
  if (!saq) return null;
  const channels = own.perChannel.filter((c) => c.status !== 'out-of-scope').map((c) => c.channel);
  const name = SAQ_FACTS[saq].name;
  return (
    <section aria-labelledby="provisional-start" className="no-print">
      <h2 id="provisional-start">{say(WORKSPACE_WORDS, 'provisional.start.title')}</h2>
      <p>{say(WORKSPACE_WORDS, 'provisional.start.body', { saq: name })}</p>
      <Link className="button button--secondary" to={newAssessmentUrl([{ saq, channels }])}>
        {say(WORKSPACE_WORDS, 'provisional.start.link', { saq: name })}
      </Link>
    </section>
  );
}
