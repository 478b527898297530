import { useState } from 'react';
import { Link } from 'react-router';
import { Checkbox, RadioGroup } from '@/components/ui/fields';
import { principalTitle } from '@/content/principals';
import { isPlaceholder } from '@/content/schema';
import { principalHeading } from '@/domain/report/report-model';
import { t as reportText } from '@/domain/report/report-text';
import { usePrintPage } from '@/hooks/use-print-page';
import { shorten } from '@/lib/print-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { ASSESSMENT_WORDS, WORKSHEET_WORDS as worksheetText, say } from '@/content/words';
import { RESPONSE_NAMES } from '@/domain/report/names';
import { assessmentUrl } from '@/lib/paths';

const w = (code: keyof typeof worksheetText, params?: Record<string, string | number>) =>
  say(worksheetText, code, params);

/** A space to write in by hand, or the answer so far when printing with answers. */
function WriteIn({ label, value, lines = 1 }: { label: string; value?: string; lines?: number }) {
  return (
    <div className={`worksheet__field${lines === 1 ? ' worksheet__field--inline' : ''}`}>
      <span className="worksheet__label">{label}</span>
      <span className={`worksheet__write worksheet__write--${lines}`}>{value ?? ''}</span>
    </div>
  );
}

/**
 * Worksheets: printable sheets for chosen requirement groups, blank or with the answers so far, for
 * whoever knows the website or the terminals, with room to write every answer by hand.
 */
export function WorksheetsPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle(w('page.title'));
  const { assessment, saq, entries } = session;
  const [chosen, setChosen] = useState<string[]>([]);
  const [filled, setFilled] = useState<'blank' | 'filled'>('blank');
  const groups = saq.groups.filter((g) => chosen.includes(g.principal));
  // Every printed page names the organisation and carries its page number.
  usePrintPage({
    left: w('page.running', {
      organisation: shorten(assessment.organisation, 60),
      saq: saq.name,
    }),
    right: assessment.completedAt ? '' : w('draft'),
    footer: w('page.footer'),
    pageOf: reportText('record.page-of'),
  });
  return (
    <div>
      <Link className="back-link no-print" to={assessmentUrl(assessment.id)}>
        {w('page.back')}
      </Link>
      <div className="no-print narrow">
        <h1>{w('page.title')}</h1>
        <p>{w('page.intro')}</p>
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--small">{w('page.groups')}</legend>
          {saq.groups.map((g) => (
            <Checkbox
              key={g.principal}
              id={`sheet-${g.principal}`}
              label={principalHeading(g.principal, principalTitle(g.principal))}
              checked={chosen.includes(g.principal)}
              onChange={(v) =>
                setChosen(v ? [...chosen, g.principal] : chosen.filter((c) => c !== g.principal))
              }
            />
          ))}
        </fieldset>
        <RadioGroup
          id="sheet-filled"
          label={w('page.what')}
          value={filled}
          options={[
            { value: 'blank', label: w('page.blank') },
            { value: 'filled', label: w('page.filled') },
          ]}
          onChange={setFilled}
        />
        <button
          type="button"
          className="button"
          disabled={groups.length === 0}
          onClick={() => window.print()}
        >
          {w(groups.length === 1 ? 'page.print-one' : 'page.print-many', { count: groups.length })}
        </button>
      </div>
      {groups.map((g) => {
        const heading = principalHeading(g.principal, principalTitle(g.principal));
        return (
          <section
            className="worksheet"
            key={g.principal}
            aria-label={w('sheet.label', { heading })}
          >
            <p className="caption">
              {w('sheet.for', { organisation: assessment.organisation, saq: saq.name })}
            </p>
            <h2>{heading}</h2>
            {g.rows.map((r) => {
              const e = entries.get(r.id);
              const row = filled === 'filled' ? assessment.rows[r.id] : undefined;
              if (!e || isPlaceholder(e) || r.notForMerchants) return null;
              return (
                <div className="worksheet__row" key={r.id}>
                  <h3>
                    {r.id} {e.title}
                  </h3>
                  <p>{e.asks}</p>
                  <p>
                    <strong>{w('row.how')}</strong> {e.howToCheck.join(' ')}
                  </p>
                  <p>
                    <strong>{w('row.answer')}</strong>{' '}
                    {row?.response
                      ? say(ASSESSMENT_WORDS, `response.${row.response}`)
                      : saq.responses
                          .map((x) =>
                            w('row.answer-box', {
                              response: RESPONSE_NAMES[x],
                            }),
                          )
                          .join('   ')}
                  </p>
                  <WriteIn label={w('row.na')} value={row?.naReason} lines={2} />
                  <div className="worksheet__group">
                    <span className="worksheet__label">{w('row.fix')}</span>
                    <WriteIn label={w('row.fix-action')} value={row?.remediationAction} />
                    <div className="worksheet__pair">
                      <WriteIn label={w('row.fix-owner')} value={row?.remediationOwner} />
                      <WriteIn label={w('row.fix-date')} value={row?.remediationDate} />
                    </div>
                  </div>
                  <div className="worksheet__group">
                    <span className="worksheet__label">{w('row.dont-know')}</span>
                    <div className="worksheet__pair">
                      <WriteIn label={w('row.dont-know-who')} value={row?.followUpOwner} />
                      <WriteIn label={w('row.dont-know-what')} value={row?.followUpNote} />
                    </div>
                  </div>
                  <WriteIn label={w('row.notes')} value={row?.notes} lines={2} />
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
