import type { Processor, ProcessorCatalog } from '../../content/schema';
import { ALTERNATIVE_WORDS, say } from '../../content/words';
import type { Candidate } from './alternatives';
import type { InterviewAnswers } from './journey';
import type { PaymentProfile } from './profile';

/** The catalog entries the user picked, in the order picked. */
export function pickedProcessors(
  answers: InterviewAnswers,
  catalog: ProcessorCatalog,
): Processor[] {
  const byId = new Map(catalog.processors.map((p) => [p.id, p]));
  return (answers.processors ?? []).flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
}

/**
 * "What would change it" from the catalog: for each picked processor, the other modes of the same
 * product (e.g. iATS legacy -> 1stPay, Stripe before 6.0 -> the 6.0 card element), as profiles to try.
 */
export function processorCandidates(
  answers: InterviewAnswers,
  profile: PaymentProfile,
  catalog: ProcessorCatalog,
): Candidate[] {
  const byId = new Map(catalog.processors.map((p) => [p.id, p]));
  const picked = (answers.processors ?? [])
    .map((id) => byId.get(id))
    .filter((p) => !!p && !!p.setup);
  const out: Candidate[] = [];
  for (const p of picked) {
    if (!p?.setup || p.channel === 'none') continue;
    const channel = p.channel;
    const index = picked.filter((x) => x?.channel === channel).indexOf(p);
    const choice = catalog.choices.find((c) => c.options.some((o) => o.processor === p.id));
    for (const option of choice?.options ?? []) {
      const alt = byId.get(option.processor);
      if (!alt?.setup || alt.id === p.id || alt.channel !== channel) continue;
      const s = alt.setup;
      let next: PaymentProfile | null = null;
      if (channel === 'ecommerce' && 'paymentPage' in s)
        next = {
          ...profile,
          ecommerce: profile.ecommerce.map((e, i) =>
            i === index
              ? {
                  ...(e.label ? { label: e.label } : {}),
                  paymentPage: s.paymentPage,
                  ...(s.paymentPage === 'iframe'
                    ? { scriptProtection: 'provider-confirmed' as const }
                    : {}),
                }
              : e,
          ),
        };
      else if (channel === 'moto' && 'capture' in s)
        next = {
          ...profile,
          moto: profile.moto.map((m, i) =>
            i === index
              ? {
                  capture: s.capture,
                  ...(s.capture === 'virtual-terminal'
                    ? { isolatedDevice: 'yes' as const, singleLocation: 'yes' as const }
                    : {}),
                }
              : m,
          ),
        };
      else if (channel === 'cardPresent' && 'equipment' in s)
        next = {
          ...profile,
          cardPresent: profile.cardPresent.map((c, i) =>
            i === index
              ? {
                  equipment: s.equipment,
                  isolatedDevice: 'yes' as const,
                  singleLocation: 'yes' as const,
                  ...(s.equipment === 'p2pe-listed' ? { listed: 'yes' as const } : {}),
                }
              : c,
          ),
        };
      if (!next) continue;
      const iframe = 'paymentPage' in s && s.paymentPage === 'iframe';
      out.push({
        code: `processor-${alt.id}`,
        change: say(ALTERNATIVE_WORDS, iframe ? 'switch-processor-iframe' : 'switch-processor', {
          from: p.name,
          to: option.label,
        }),
        profile: next,
      });
    }
  }
  return out;
}
