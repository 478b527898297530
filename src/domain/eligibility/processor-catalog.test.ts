import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideSaq, type PaymentProfile } from './decide-saq';
import { baseProfile } from './test-profiles';
import { processorCatalogSchema, type Processor } from '../../content/schema';

const file = fileURLToPath(new URL('../../../content/processors/processors.json', import.meta.url));
const catalog = processorCatalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** The profile an entry implies when everything else is simple (no storage, provider confirmed). */
function profileFor(
  p: Processor,
  scripts: 'provider-confirmed' | 'none' = 'provider-confirmed',
  host: 'pci-compliant-provider' | 'other-provider' = 'pci-compliant-provider',
): PaymentProfile {
  const s = p.setup;
  if (!s) return baseProfile();
  if ('paymentPage' in s)
    return baseProfile({
      ecommerce: [
        {
          paymentPage: s.paymentPage,
          ...(s.paymentPage === 'iframe' ? { scriptProtection: scripts } : {}),
          websiteHost: host,
        },
      ],
    });
  // The entry's usual case: the device is kept apart at one location, as its conditions say. Only
  // a P2PE entry is defined by its listing; a phone reader's listing varies and stays open.
  const apart = { isolatedDevice: 'yes', singleLocation: 'yes' } as const;
  if ('capture' in s) return baseProfile({ moto: [{ capture: s.capture, ...apart }] });
  const listed = s.equipment === 'p2pe-listed' ? ({ listed: 'yes' } as const) : {};
  return baseProfile({ cardPresent: [{ equipment: s.equipment, ...apart, ...listed }] });
}

describe('processor catalog', () => {
  it('has unique ids, and every choice points at entries that exist', () => {
    const ids = catalog.processors.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of catalog.choices)
      for (const o of c.options) expect(ids, `${c.id} -> ${o.processor}`).toContain(o.processor);
  });

  it('gives, through decideSaq, the SAQ each entry states', () => {
    for (const p of catalog.processors) {
      const d = decideSaq(profileFor(p));
      expect(d.candidates, p.id).toEqual(p.usualSaq);
    }
  });

  it('sends iframe entries to A-EP or D when the script question is answered the other way', () => {
    const iframes = catalog.processors.filter(
      (p) => p.setup && 'paymentPage' in p.setup && p.setup.paymentPage === 'iframe',
    );
    expect(iframes.length).toBeGreaterThan(3);
    for (const p of iframes) {
      expect(decideSaq(profileFor(p, 'none', 'pci-compliant-provider')).saq, p.id).toBe('A-EP');
      expect(decideSaq(profileFor(p, 'none', 'other-provider')).saq, p.id).toBe('D-Merchant');
    }
  });

  it('keeps setups consistent with the channel', () => {
    for (const p of catalog.processors) {
      const s = p.setup;
      const channel = !s
        ? 'none'
        : 'paymentPage' in s
          ? 'ecommerce'
          : 'capture' in s
            ? 'moto'
            : 'cardPresent';
      expect(channel, p.id).toBe(p.channel);
    }
  });
});
