/** Ready-to-send messages for the person who can settle an open question, and a plain-text summary. */
import type { SaqDecision } from './decide-saq';
import { CHANNEL_NAMES, SAQ_FACTS } from './saq-catalog';

export interface ReadyMessage {
  code: string;
  to: string;
  subject: string;
  body: string;
}

const MESSAGES: Record<string, Omit<ReadyMessage, 'code'>> = {
  'ask-provider-scripts': {
    to: 'Your payment provider',
    subject: 'PCI DSS: script protection for your embedded payment form',
    body: 'Hello,\n\nWe use your embedded payment form (iframe or hosted fields) on our website. For our PCI DSS self-assessment (SAQ A), please confirm in writing that your embedded payment form protects our page against script attacks, as PCI SSC FAQ 1588 describes, and tell us what we must do to set it up as you instruct. Please also send your current PCI DSS Attestation of Compliance.\n\nThank you.',
  },
  'ask-web-host': {
    to: 'Your web host',
    subject: 'PCI DSS compliance of our hosting',
    body: 'Hello,\n\nOur website hosts a payment page. For our PCI DSS self-assessment (SAQ A-EP), could you tell us whether you are PCI DSS compliant for the hosting we use (for shared hosting, including Appendix A1), and send your current Attestation of Compliance if so?\n\nThank you.',
  },
  'find-payment-page': {
    to: 'Whoever looks after your website (volunteer or agency)',
    subject: 'How does our donation page take card details?',
    body: "Hello,\n\nFor our PCI self-assessment we need to know how our online payment form works. Which of these is it?\n1. Donors are sent to the provider's own page before typing card details (redirect).\n2. The card fields are a frame from the provider inside our page (iframe or hosted fields).\n3. Our page builds the card form with the provider's script.\n4. Our page's form posts card details straight to the provider (direct post).\n5. Card details pass through our own server.\nPlease also tell us the payment processor or plugin we use.\n\nThank you.",
  },
  'get-aoc': {
    to: 'Your payment provider',
    subject: 'Your PCI DSS Attestation of Compliance',
    body: 'Hello,\n\nFor our PCI DSS self-assessment we need to confirm that you are PCI DSS compliant for the services we use. Please send your current Attestation of Compliance (AOC), or tell us where it is published.\n\nThank you.',
  },
  'check-listing': {
    to: 'Your card reader provider',
    subject: 'Is your card reader solution PCI-listed?',
    body: 'Hello,\n\nWe take in-person payments with your card reader and app. For our PCI self-assessment, please tell us: is your solution listed by the PCI Security Standards Council (as a SPoC or P2PE solution, with its listing number)? And are you a payment facilitator that validates PCI compliance on our behalf, and if so what do you need from us?\n\nThank you.',
  },
  'check-isolation': {
    to: 'Your IT support',
    subject: 'Is our payment computer kept apart?',
    body: 'Hello,\n\nFor our PCI self-assessment we need to know whether the computer (or till) we use for card payments is kept apart from everything else: used only for payments, and not on the same network as our other computers, or separated by a firewall. Could you check and tell us how it is set up?\n\nThank you.',
  },
};

/** The messages that would settle this decision's open questions. */
export function messagesFor(decision: SaqDecision): ReadyMessage[] {
  return decision.nextSteps
    .map((s) => (MESSAGES[s.code] ? { code: s.code, ...MESSAGES[s.code] } : null))
    .filter((m): m is ReadyMessage => m !== null);
}

/** A plain-text summary of the result, for email or a board paper. */
export function summaryText(decision: SaqDecision): string {
  const lines: string[] = [];
  if (decision.status === 'decided' && decision.saq) {
    const f = SAQ_FACTS[decision.saq];
    lines.push(`Result: ${f.name} (${f.edition}${f.rows ? `, ${f.rows} requirements` : ''}).`);
  } else if (decision.status === 'needs-review') {
    lines.push(
      `Result: not settled yet. Still possible: ${decision.candidates.map((s) => SAQ_FACTS[s].name).join(', ')}.`,
    );
  } else {
    lines.push('Result: no SAQ is needed for the channels described.');
  }
  if (decision.perChannel.length > 1) {
    lines.push('', 'Per channel:');
    for (const c of decision.perChannel)
      lines.push(
        `- ${CHANNEL_NAMES[c.channel]}: ${c.saq ? SAQ_FACTS[c.saq].name : c.status === 'out-of-scope' ? 'not part of the assessment' : `one of ${c.candidates.map((s) => SAQ_FACTS[s].name).join(', ')}`}`,
      );
    if (decision.separateSaqsPossible)
      lines.push(
        'Separate SAQs per channel are possible if the acquirer agrees and the channels stay separated.',
      );
  }
  lines.push('', 'Why:');
  for (const r of decision.reasons) lines.push(`- ${r.text} [${sourceLabel(r.source)}]`);
  if (decision.nextSteps.length > 0) {
    lines.push('', 'Next steps:');
    for (const s of decision.nextSteps) lines.push(`- ${s.text}`);
  }
  return lines.join('\n');
}

/** How a source is shown beside a reason. */
export function sourceLabel(source: SaqDecision['reasons'][number]['source']): string {
  switch (source.kind) {
    case 'eligibility':
      return `${SAQ_FACTS[source.saq].name} eligibility criteria`;
    case 'faq':
      return `PCI SSC FAQ ${source.id}`;
    case 'requirement':
      return `PCI DSS requirement ${source.id}`;
    case 'aoc':
      return `Attestation of Compliance, Part ${source.part}`;
    case 'brand-rules':
      return "Card brands' merchant levels";
  }
}
