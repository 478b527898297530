/**
 * What a not-settled result needs to say: who each ready-to-send message goes to (the provider the
 * person picked for the setup the question is about), and which answers they gave as "not sure",
 * to change once they know. Pure; the catalog is content, passed in by the caller.
 */
import type { Processor, ProcessorCatalog } from '../../content/schema';
import { MESSAGE_WORDS, say } from '../../content/words';
import { answerFor, journey, type InterviewAnswers, type Step } from './journey';
import type { NamedProviders } from './messages';
import { pickedProcessors } from './processor-alternatives';

/** "A", "A and B", "A, B and C". */
function andList(names: readonly string[]): string | undefined {
  const unique = [...new Set(names)];
  const last = unique.pop();
  if (last === undefined) return undefined;
  return unique.length === 0
    ? last
    : say(MESSAGE_WORDS, 'list.and', { first: unique.join(', '), last });
}

const equipmentOf = (p: Processor) => (p.setup && 'equipment' in p.setup ? p.setup.equipment : '');
const pageOf = (p: Processor) => (p.setup && 'paymentPage' in p.setup ? p.setup.paymentPage : '');

/**
 * The names the messages are addressed to, from the processors the person picked: the online
 * providers whose card fields sit in the page for the script question (any online provider
 * otherwise), every card provider for the compliance proof, the phone readers for the SPoC
 * listing and the terminals for the P2PE listing. A role nobody was picked for is left out, so
 * the message keeps its general wording ("your payment provider").
 */
export function namedProviders(
  answers: InterviewAnswers,
  catalog: ProcessorCatalog,
): NamedProviders {
  const picked = pickedProcessors(answers, catalog);
  const online = picked.filter((p) => p.channel === 'ecommerce');
  const embedded = online.filter((p) => pageOf(p) === 'iframe');
  const phone = picked.filter((p) => p.channel === 'moto');
  const readers = picked.filter((p) =>
    ['mobile-reader', 'spoc-listed', 'tap-to-pay-phone'].includes(equipmentOf(p)),
  );
  const terminals = picked.filter((p) => equipmentOf(p) === 'p2pe-listed');
  const card = picked.filter((p) => p.channel !== 'none');
  const named: NamedProviders = {};
  const provider = andList(
    (embedded.length ? embedded : online.length ? online : phone).map((p) => p.name),
  );
  const all = andList(card.map((p) => p.name));
  const reader = andList(readers.map((p) => p.name));
  const terminal = andList(terminals.map((p) => p.name));
  if (provider) named.provider = provider;
  if (all) named.all = all;
  if (reader) named.reader = reader;
  if (terminal) named.terminal = terminal;
  return named;
}

/**
 * The questions answered "I'm not sure", in the interview's order: once the person knows, changing
 * one of these answers is what settles the result.
 */
export function unsureSteps(answers: InterviewAnswers): Step[] {
  return journey(answers).filter((s) => answerFor(answers, s) === 'unsure');
}
