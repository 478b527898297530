import { describe, expect, it } from 'vitest';
import { optionLabel, questionText } from '../../content/eligibility';
import type { InterviewAnswers } from '../eligibility/journey';
import { interviewSummary } from './interview-summary';

const texts = {
  title: (q: Parameters<typeof questionText>[0]) => questionText(q).title,
  option: optionLabel,
};

describe('why this SAQ: the interview in words', () => {
  const answers: InterviewAnswers = {
    role: 'merchant',
    processors: ['civicrm-paypal-standard', 'stripe-checkout'],
    processorNames: ['PayPal Standard', 'Stripe'],
    channels: ['ecommerce', 'moto'],
    ecommerce: [
      { paymentPage: 'redirect', another: 'yes' },
      { paymentPage: 'iframe', scriptProtection: 'provider-confirmed', another: 'no' },
    ],
    moto: [{ capture: 'provider-handles', another: 'no' }],
    cardPresent: [],
  };
  const lines = interviewSummary(answers, texts);
  const all = JSON.stringify(lines);

  it('shows processors by the names picked, never by catalog ids', () => {
    expect(lines.find((l) => l.question === questionText('processors').title)?.answer).toBe(
      'PayPal Standard, Stripe',
    );
    expect(all).not.toMatch(/civicrm-|setup \d|\(setup/);
  });

  it('names the channel, and the way of paying when a channel has more than one', () => {
    const page = questionText('paymentPage').title;
    expect(lines.map((l) => l.question)).toEqual(
      expect.arrayContaining([
        `Online, way 1: ${page}`,
        `Online, way 2: ${page}`,
        `Phone and post: ${questionText('motoCapture').title}`,
      ]),
    );
    expect(lines.find((l) => l.question === `Online, way 1: ${page}`)?.answer).toBe(
      optionLabel('paymentPage', 'redirect'),
    );
  });

  it('never falls back to ids when the picked names were not kept', () => {
    const old = interviewSummary({ ...answers, processorNames: undefined }, texts);
    expect(old.find((l) => l.question === questionText('processors').title)?.answer).toBe(
      '2 picked from the list',
    );
  });

  it('is empty without an interview', () => {
    expect(interviewSummary(undefined, texts)).toEqual([]);
  });
});
