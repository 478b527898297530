/**
 * Prefilling the interview from payment processors the user picked: each pick with a known setup
 * becomes a setup of its channel, marked with the processor it came from, so the user can see and
 * override it. Pure; the catalog itself is content, passed in by the caller.
 */
import {
  journey,
  prune,
  type CardPresentDraft,
  type EcommerceDraft,
  type InterviewAnswers,
  type MotoDraft,
} from './journey';
import type { EcommerceSetup, Equipment, MotoSetup } from './profile';
import { CHANNELS, type ChannelKind } from './saq-catalog';

export interface ProcessorPick {
  id: string;
  name: string;
  channel: ChannelKind | 'none';
  setup:
    | { paymentPage: EcommerceSetup['paymentPage'] }
    | { capture: MotoSetup['capture'] }
    | { equipment: Equipment }
    | null;
}

export function prefillFromProcessors(
  a: InterviewAnswers,
  ids: string[],
  picks: readonly ProcessorPick[],
): InterviewAnswers {
  const chosen = ids
    .map((id) => picks.find((p) => p.id === id))
    .filter((p): p is ProcessorPick => !!p && !!p.setup);
  const byChannel = (c: ChannelKind) => chosen.filter((p) => p.channel === c);
  const channels = CHANNELS.filter(
    (c) => (a.channels ?? []).includes(c) || byChannel(c).length > 0,
  );
  const chain = <T extends { another?: 'yes' | 'no' }>(list: T[]): T[] =>
    list.map((s, i) => ({ ...s, another: i < list.length - 1 ? 'yes' : 'no' }));

  let next: InterviewAnswers = {
    ...a,
    processors: ids,
    processorNames: ids.map((id) => picks.find((p) => p.id === id)?.name ?? id),
    channels,
  };

  const ecommerce = byChannel('ecommerce');
  if (ecommerce.length)
    next.ecommerce = chain(
      ecommerce.map((p): EcommerceDraft => ({
        paymentPage: (p.setup as { paymentPage: EcommerceSetup['paymentPage'] }).paymentPage,
      })),
    );
  const moto = byChannel('moto');
  if (moto.length)
    next.moto = chain(
      moto.map((p): MotoDraft => ({
        capture: (p.setup as { capture: MotoSetup['capture'] }).capture,
      })),
    );
  const cardPresent = byChannel('cardPresent');
  if (cardPresent.length)
    next.cardPresent = chain(
      cardPresent.map((p): CardPresentDraft => ({
        equipment: (p.setup as { equipment: Equipment }).equipment,
      })),
    );
  next = prune(next);

  // Record which steps came from which processor, by matching the journey's steps to the picks.
  const prefilledBy: Record<string, string> = {};
  if (chosen.length > 0) prefilledBy['channels'] = chosen.map((p) => p.name).join(', ');
  for (const s of journey(next)) {
    if (!s.channel || s.setup === undefined) continue;
    const pick = byChannel(s.channel)[s.setup];
    if (!pick) continue;
    if (
      [
        'paymentPage',
        'motoCapture',
        'equipment',
        'ecommerceAnother',
        'motoAnother',
        'cardPresentAnother',
      ].includes(s.question)
    )
      prefilledBy[s.id] = pick.name;
  }
  return { ...next, prefilledBy };
}
