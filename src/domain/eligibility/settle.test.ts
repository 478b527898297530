import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processorCatalogSchema } from '../../content/schema';
import { decideSaq } from './decide-saq';
import { applyAnswer, emptyAnswers, nextStep, toProfile, type InterviewAnswers } from './journey';
import { messagesFor } from './messages';
import { prefillFromProcessors, type ProcessorPick } from './prefill';
import { namedProviders, unsureSteps } from './settle';

const file = fileURLToPath(new URL('../../../content/processors/processors.json', import.meta.url));
const catalog = processorCatalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const picks: ProcessorPick[] = catalog.processors.map((p) => ({
  id: p.id,
  name: p.name,
  channel: p.channel,
  setup: p.setup,
}));

/** A merchant who picked these processors and then answered every question as `values` say. */
function interview(ids: string[], values: Record<string, string | string[]>): InterviewAnswers {
  let a = applyAnswer(emptyAnswers(), { id: 'role', question: 'role' }, 'merchant');
  a = prefillFromProcessors(a, ids, picks);
  for (let guard = 0; guard < 60; guard++) {
    const s = nextStep(a);
    if (!s) return a;
    const v = values[s.id] ?? values[s.question];
    if (v === undefined) throw new Error(`no value for ${s.id}`);
    a = applyAnswer(a, s, v);
  }
  throw new Error('the interview did not end');
}

const closing = {
  storesAccountDataElectronically: 'no',
  receivesAccountDataElectronically: 'no',
  keepsPaperWithCardData: 'no',
  thirdPartiesConfirmedCompliant: 'yes',
  channelsShareSystems: 'no',
  annualCardTransactions: 'under-20k',
};

describe('a not-settled result', () => {
  it('addresses the script question to the embedded provider, not to the phone one', () => {
    const a = interview(['processor-virtual-terminal', 'stripe-elements'], {
      ...closing,
      scriptProtection: 'unsure',
      websiteHost: 'pci-compliant-provider',
      vtIsolated: 'yes',
      vtSingleLocation: 'yes',
    });
    const profile = toProfile(a);
    expect(profile).not.toBeNull();
    if (!profile) return;
    const d = decideSaq(profile);
    // The online form's channel is open (SAQ A or A-EP) until the provider answers.
    expect(d.perChannel.find((c) => c.channel === 'ecommerce')?.status).toBe('needs-review');
    const named = namedProviders(a, catalog);
    expect(named.provider).toBe('Stripe (card box on your page)');
    const scripts = messagesFor(d, named).find((m) => m.code === 'ask-provider-scripts');
    expect(scripts?.to).toBe('Stripe (card box on your page)');
  });

  it('lists every answer given as "not sure", in the order asked', () => {
    const a = interview(['stripe-elements'], {
      ...closing,
      scriptProtection: 'unsure',
      websiteHost: 'unsure',
      keepsPaperWithCardData: 'unsure',
    });
    expect(unsureSteps(a).map((s) => s.id)).toEqual([
      'online-1-script-protection',
      'online-1-website-host',
      'paper-records',
    ]);
  });

  it('asks the compliance proof of every card provider, the listing of the reader or terminal', () => {
    const a = interview(['civicrm-paypal-standard', 'square-reader', 'standalone-terminal-p2pe'], {
      ...closing,
      p2peListed: 'yes',
      spocListed: 'unsure',
      readerIsolated: 'yes',
    });
    const named = namedProviders(a, catalog);
    expect(named.all).toBe(
      'PayPal Standard, Square Reader (with a phone or tablet) and Card terminal from a PCI-listed P2PE solution',
    );
    expect(named.reader).toBe('Square Reader (with a phone or tablet)');
    expect(named.terminal).toBe('Card terminal from a PCI-listed P2PE solution');
    expect(named.provider).toBe('PayPal Standard');
  });

  it('keeps the general wording when nobody was named', () => {
    expect(
      namedProviders(
        interview([], {
          ...closing,
          channels: ['ecommerce'],
          paymentPage: 'redirect',
          ecommerceAnother: 'no',
        }),
        catalog,
      ),
    ).toEqual({});
    const d = decideSaq({
      ...(toProfile(
        interview([], {
          ...closing,
          channels: ['ecommerce'],
          paymentPage: 'iframe',
          scriptProtection: 'unsure',
          websiteHost: 'unsure',
          ecommerceAnother: 'no',
        }),
      ) ??
        (() => {
          throw new Error('incomplete');
        })()),
    });
    const m = messagesFor(d, {});
    expect(m.find((x) => x.code === 'ask-provider-scripts')?.to).toBe('your payment provider');
  });
});
