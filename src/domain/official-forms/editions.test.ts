/**
 * Every supported edition, end to end on a synthetic copy of its layout: recognised, filled from a
 * complete assessment, read back, and every mapped field equals the assessment; nothing outside
 * the fields changes.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/model';
import { readEditions, readFieldMap, readSaq, readWords, type TestSaq } from './content.node';
import { fillOfficialForm, openForm, readForm } from './engine';
import { mapFields } from './field-map';
import { outsideFields, textOutsideFields, unbalancedElement } from './inspect';
import { buildSyntheticForm } from './synthetic-docx';
import { completeAssessment, type Scenario } from './test-assessment';
import type { FormWords } from './values';

const editions = readEditions();
const words = readWords();
const supported = editions.filter((e) => e.supported !== false);

type Expected = { text: string } | { checked: boolean } | 'unchanged';

/**
 * What each target should read, written straight from the test assessment (which fits every table,
 * so no row sharing): an oracle independent of the values module.
 */
function expectedValue(
  target: string,
  a: Assessment,
  saq: TestSaq,
  scenario: Scenario,
  w: FormWords,
): Expected {
  const s1 = a.section1 ?? {};
  const s3 = a.section3 ?? {};
  const seg = target.split('.');
  const last = seg[seg.length - 1] ?? '';
  const n = Number(seg[1]);
  const t = (v: string | undefined): Expected => (v === undefined ? 'unchanged' : { text: v });
  const c = (v: boolean): Expected => ({ checked: v });
  const ids = saq.groups.flatMap((g) => g.rows.filter((r) => !r.notForMerchants).map((r) => r.id));
  const withResponse = (r: string) => ids.filter((id) => a.rows[id]?.response === r);
  const covered = (['ecommerce', 'moto', 'cardPresent'] as const).filter((ch) =>
    saq.channels.includes(ch),
  );
  const product = s1.products?.[n - 1];
  const status = scenario === 'legal-exception' ? 'legal-exception' : 'non-compliant';
  const nip = (principal: string) =>
    ids.filter(
      (id) =>
        id.split('.')[0] === principal &&
        a.rows[id]?.response === 'not-in-place' &&
        !a.rows[id]?.legalException,
    );
  if (target === 'none') return 'unchanged';
  if (seg[0] === 'part1a') {
    const v: Record<string, string | undefined> = {
      companyName: s1.companyName,
      dba: s1.dba,
      mailingAddress: s1.mailingAddress,
      website: s1.website,
      contactName: s1.contact?.name,
      contactTitle: s1.contact?.title,
      contactPhone: s1.contact?.phone,
      contactEmail: s1.contact?.email,
    };
    return t(v[last]);
  }
  if (seg[0] === 'part1b') return t((s1 as Record<string, unknown>)[last] as string);
  if (target.startsWith('part2a.channel.')) return c(saq.channels.includes(last as 'moto'));
  if (target.startsWith('part2a.excluded.')) return c(last === 'yes');
  if (target === 'part2a.excludedWhy') return t(s1.excludedChannels);
  if (seg[0] === 'part2b') {
    const ch = covered[n - 1];
    if (!ch) return 'unchanged';
    return t(last === 'channel' ? w.channels[ch] : s1.channelDescriptions?.[ch]);
  }
  if (target === 'part2c.environment') return t(s1.environment);
  if (target.startsWith('part2c.segmentation.')) return c(last === 'no');
  if (seg[0] === 'part2d') return t(s1.locations?.[n - 1]?.[last as 'type']);
  if (target.startsWith('part2e.uses.')) return c(last === 'yes');
  if (seg[0] === 'part2e' && seg[1] === 'solution') {
    const first =
      s1.products?.find((x) => x.standard?.toUpperCase() === saq.id.toUpperCase()) ??
      s1.products?.[0];
    if (last === 'name') return t(first?.name);
    if (last === 'listing') return t(first?.listing);
    if (last === 'reassessment') return t(first?.expiry);
    return 'unchanged';
  }
  if (seg[0] === 'part2e') return t(product?.[last as 'name']);
  if (target.startsWith('part2f.managesComponents.')) return 'unchanged';
  if (
    target.startsWith('part2f.storesProcessesTransmits.') ||
    target.startsWith('part2f.couldAffect.')
  )
    return c(last === 'yes');
  if (seg[0] === 'part2f') return t(s1.providers?.[n - 1]?.[last as 'name']);
  if (seg[0] === 'part2g')
    return c(ids.some((id) => id.split('.')[0] === seg[1] && a.rows[id]?.response === last));
  if (seg[0] === 'part2h') return c(true);
  if (target === 'section2.completionDate' || target === 'part3.saqDate') return t('2026-11-22');
  if (target.startsWith('section2.legalConstraint.'))
    return c((scenario === 'legal-exception') === (last === 'yes'));
  if (seg[0] === 'row') {
    const id = seg.slice(1, seg.indexOf('response')).join('.');
    return c(a.rows[id]?.response === last);
  }
  if (seg[0] === 'appendixB') {
    const id = withResponse('in-place-ccw')[n - 1];
    if (!id || last === 'objectiveMet') return 'unchanged';
    return t(last === 'requirement' ? id : a.rows[id]?.ccw?.[last as 'risk']);
  }
  if (seg[0] === 'appendixC') {
    const id = withResponse('not-applicable')[n - 1];
    if (!id) return 'unchanged';
    return t(last === 'requirement' ? id : a.rows[id]?.naReason);
  }
  if (seg[0] === 'appendixD') {
    const id = withResponse('not-tested')[n - 1];
    if (!id) return 'unchanged';
    const row = a.rows[id];
    return t(
      last === 'requirement' ? id : last === 'what' ? row?.notTestedWhat : row?.notTestedWhy,
    );
  }
  if (target.startsWith('part3.scope.'))
    return c((withResponse('not-tested').length > 0 ? 'partial' : 'full') === last);
  if (/^part3\.status\.[a-z-]+$/.test(target)) return c(last === status);
  if (/^part3\.status\.[a-z-]+\.company$/.test(target))
    return seg[2] === status ? t(s1.companyName) : 'unchanged';
  if (target === 'part3.targetDate')
    return scenario === 'non-compliant' ? t(s3.targetDate) : 'unchanged';
  if (seg[0] === 'part3' && seg[1] === 'legal') {
    const id = ids.filter((i) => a.rows[i]?.legalException)[n - 1];
    if (scenario !== 'legal-exception' || !id) return 'unchanged';
    return t(last === 'requirement' ? id : a.rows[id]?.legalExplanation);
  }
  if (seg[0] === 'part3a') return c(true);
  if (seg[0] === 'signature') return 'unchanged';
  if (target === 'part3b.name') return t(s3.signatoryName);
  if (target === 'part3b.title') return t(s3.signatoryTitle);
  if (target === 'part3c.roles') return t(s3.qsaInvolvement);
  if (target === 'part3c.leadName') return t(s1.qsaLeadName);
  if (target === 'part3c.company') return t(s1.qsaCompany);
  if (target === 'part3d.roles') return t(s3.isaInvolvement);
  if (seg[0] === 'part3c' || seg[0] === 'part3d') return 'unchanged';
  if (seg[0] === 'part4') {
    if (scenario !== 'non-compliant') return 'unchanged';
    const rows = nip(seg[1] ?? '');
    const notTested = (saq.groups.find((g) => g.principal === seg[1])?.rows ?? []).filter(
      (r) => a.rows[r.id]?.response === 'not-tested',
    );
    // A requirement with Not Tested rows and nothing Not in Place: neither box is ticked.
    if (rows.length === 0 && notTested.length > 0) return 'unchanged';
    if (last === 'yes') return c(rows.length === 0);
    if (last === 'no') return c(rows.length > 0);
    if (rows.length === 0) return 'unchanged';
    const date = rows
      .map((id) => a.rows[id]?.remediationDate ?? '')
      .sort()
      .pop();
    return t(`${date}: ${rows.map((id) => `${id}: ${a.rows[id]?.remediationAction}`).join('; ')}`);
  }
  throw new Error(`The test has no expectation for ${target}`);
}

describe('official forms: every supported edition', () => {
  it('has a field map for each of the 27 supported editions (9 SAQs, 9 AOCs, 9 Spanish SAQs)', () => {
    expect(supported).toHaveLength(27);
  });

  for (const edition of supported)
    it(`${edition.id}: fills every mapped field from a complete assessment, and nothing else`, async () => {
      const map = readFieldMap(edition.id);
      const saq = readSaq(edition.saq);
      const original = buildSyntheticForm(map);
      const before = readForm(original)!;
      const fields = mapFields(map);
      // What lies outside the fields of the blank form, worked out once for both scenarios.
      const xmlBefore = openForm(original)!.xml;
      const outsideBefore = outsideFields(xmlBefore);
      const textOutsideBefore = textOutsideFields(xmlBefore);
      const failures: string[] = [];
      for (const scenario of ['legal-exception', 'non-compliant'] as const) {
        const a = completeAssessment(saq, scenario);
        const outcome = await fillOfficialForm({
          fileName: edition.councilFile,
          bytes: original,
          assessment: a,
          saq,
          editions,
          loadMap: async () => map,
          words,
          now: new Date('2026-11-23T09:00:00Z'),
        });
        if (!outcome.ok) throw new Error(`${edition.id}: ${outcome.code}`);
        expect(outcome.form.edition.id).toBe(edition.id);
        expect(outcome.form.draft).toBe(false);
        const after = readForm(outcome.form.bytes)!;
        fields.forEach((f, i) => {
          const expected = expectedValue(f.to, a, saq, scenario, words[edition.language]!);
          const got = after[i]!;
          const was = before[i]!;
          const ok =
            expected === 'unchanged'
              ? got.text === was.text && got.checked === was.checked
              : 'checked' in expected
                ? got.checked === expected.checked
                : got.text === expected.text;
          if (!ok)
            failures.push(
              `${scenario} #${i} ${f.to}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`,
            );
        });
        const xmlAfter = openForm(outcome.form.bytes)!.xml;
        expect(outsideFields(xmlAfter)).toBe(outsideBefore);
        expect(textOutsideFields(xmlAfter)).toBe(textOutsideBefore);
        expect(unbalancedElement(xmlAfter)).toBeNull();
      }
      expect(failures).toEqual([]);
    }, 20_000);
});
