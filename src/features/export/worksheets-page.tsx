import { useState } from 'react';
import { Link } from 'react-router';
import { Checkbox, RadioGroup } from '@/components/ui/fields';
import { principalTitle } from '@/content/principals';
import { isPlaceholder } from '@/content/schema';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { RESPONSE_NAMES } from '@/domain/report/names';
import { ASSESSMENT_WORDS, say } from '@/content/words';
import { assessmentUrl } from '@/lib/paths';

/**
 * Worksheets: printable sheets for chosen requirement groups, blank or with the answers so far, for
 * whoever knows the website or the terminals.
 */
export function WorksheetsPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle('Print worksheets');
  const { assessment, saq, entries } = session;
  const [chosen, setChosen] = useState<string[]>([]);
  const [filled, setFilled] = useState<'blank' | 'filled'>('blank');
  const groups = saq.groups.filter((g) => chosen.includes(g.principal));
  return (
    <div>
      <Link className="back-link no-print" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
      <div className="no-print narrow">
        <h1>Print worksheets</h1>
        <p>
          Choose the requirement groups to hand to someone else, for example the person who looks
          after your website or your card terminals.
        </p>
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--small">Requirement groups</legend>
          {saq.groups.map((g) => (
            <Checkbox
              key={g.principal}
              id={`sheet-${g.principal}`}
              label={`Requirement ${g.principal}: ${principalTitle(g.principal)}`}
              checked={chosen.includes(g.principal)}
              onChange={(v) =>
                setChosen(v ? [...chosen, g.principal] : chosen.filter((c) => c !== g.principal))
              }
            />
          ))}
        </fieldset>
        <RadioGroup
          id="sheet-filled"
          label="What to print"
          value={filled}
          options={[
            { value: 'blank', label: 'Blank sheets' },
            { value: 'filled', label: 'With our answers so far' },
          ]}
          onChange={setFilled}
        />
        <button
          type="button"
          className="button"
          disabled={groups.length === 0}
          onClick={() => window.print()}
        >
          Print {groups.length} {groups.length === 1 ? 'worksheet' : 'worksheets'}
        </button>
      </div>
      {groups.map((g) => (
        <section
          className="worksheet"
          key={g.principal}
          aria-label={`Worksheet: requirement ${g.principal}`}
        >
          <h2>
            {assessment.organisation} · {saq.name} · Requirement {g.principal}:{' '}
            {principalTitle(g.principal)}
          </h2>
          {g.rows.map((r) => {
            const e = entries.get(r.id);
            const row = assessment.rows[r.id];
            if (!e || isPlaceholder(e) || r.notForMerchants) return null;
            return (
              <div className="worksheet__row" key={r.id}>
                <h3>
                  {r.id} {e.title}
                </h3>
                <p>{e.asks}</p>
                <p>
                  <strong>How to check:</strong> {e.howToCheck.join(' ')}
                </p>
                <p>
                  <strong>Answer:</strong>{' '}
                  {filled === 'filled' && row?.response
                    ? say(ASSESSMENT_WORDS, `response.${row.response}`)
                    : saq.responses.map((x) => `☐ ${RESPONSE_NAMES[x]}`).join('   ')}
                </p>
                <p className="worksheet__notes">
                  <strong>Notes and evidence:</strong>{' '}
                  {filled === 'filled' ? (row?.notes ?? '') : ''}
                </p>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
