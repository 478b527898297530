import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Details } from '@/components/ui/details';
import type { Question, ProcessorCatalog } from '@/content/schema';
import type { ProcessorPick } from '@/domain/eligibility/prefill';

interface Props {
  catalog: ProcessorCatalog;
  question: Question;
  initial: string[];
  backTo: string;
  onSubmit: (ids: string[], picks: ProcessorPick[]) => void;
}

const GROUP_NAMES: Record<string, string> = {
  civicrm: 'CiviCRM',
  'donation-tool': 'Donation tools',
  'giving-platform': 'Giving platforms',
  reader: 'Card readers and terminals',
  'non-card': 'Not card payments',
};

/** "Which payment processors do you use?": search as you type, pick several, skip if not listed. */
export function ProcessorPicker({ catalog, question, initial, backTo, onSubmit }: Props) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>(initial);

  const inChoice = useMemo(
    () => new Set(catalog?.choices.flatMap((c) => c.options.map((o) => o.processor)) ?? []),
    [catalog],
  );
  const q = query.trim().toLowerCase();
  const matches = (text: string) => !q || text.toLowerCase().includes(q);
  const byId = useMemo(() => new Map(catalog?.processors.map((p) => [p.id, p]) ?? []), [catalog]);
  const picks = (ids: string[]): ProcessorPick[] =>
    ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ id: p.id, name: p.name, channel: p.channel, setup: p.setup }] : [];
    });
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)));

  return (
    <>
      <Link className="back-link" to={backTo}>
        Back
      </Link>
      <div className="narrow">
        <h1>{question.title}</h1>
        <p className="hint" id="processors-hint">
          {question.hint}
        </p>
        <Details summary="Help with this question">
          {question.help.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Details>
        <div className="form-group">
          <label className="label" htmlFor="processor-search">
            Search by name
          </label>
          <input
            className="input"
            id="processor-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="processors-hint"
          />
        </div>
        {selected.length > 0 ? (
          <div className="picked" role="status">
            <p>
              <strong>You picked:</strong>{' '}
              {selected.map((id) => byId.get(id)?.name ?? id).join(', ')}
            </p>
          </div>
        ) : null}
        {catalog ? (
          <div className="picker">
            {catalog.choices
              .filter((c) => matches(`${c.name} ${c.options.map((o) => o.label).join(' ')}`))
              .map((c) => {
                const current =
                  c.options.find((o) => selected.includes(o.processor))?.processor ?? '';
                return (
                  <fieldset className="fieldset picker__item" key={c.id}>
                    <legend className="fieldset__legend fieldset__legend--small">
                      {c.name}: {c.question}
                    </legend>
                    <Details summary={`Where to look (${c.name})`}>
                      <p>{c.help}</p>
                    </Details>
                    <div className="radios radios--small">
                      {[...c.options, { label: 'We do not use this', processor: '' }].map((o) => (
                        <div className="choice" key={o.processor || 'none'}>
                          <input
                            className="choice__input"
                            type="radio"
                            id={`pick-${c.id}-${o.processor || 'none'}`}
                            name={`pick-${c.id}`}
                            checked={current === o.processor}
                            onChange={() =>
                              setSelected((s) => [
                                ...s.filter((x) => !c.options.some((opt) => opt.processor === x)),
                                ...(o.processor ? [o.processor] : []),
                              ])
                            }
                          />
                          <label
                            className="choice__label"
                            htmlFor={`pick-${c.id}-${o.processor || 'none'}`}
                          >
                            {o.label}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            {catalog.processors
              .filter((p) => !inChoice.has(p.id) && matches(`${p.name} ${p.seenAs}`))
              .map((p) => (
                <div className="choice choice--checkbox picker__item" key={p.id}>
                  <input
                    className="choice__input"
                    type="checkbox"
                    id={`pick-${p.id}`}
                    checked={selected.includes(p.id)}
                    onChange={(e) => toggle(p.id, e.target.checked)}
                    aria-describedby={`pick-${p.id}-hint`}
                  />
                  <label className="choice__label" htmlFor={`pick-${p.id}`}>
                    {p.name}
                  </label>
                  <div className="hint choice__hint" id={`pick-${p.id}-hint`}>
                    {GROUP_NAMES[p.group]}: {p.summary}
                  </div>
                </div>
              ))}
          </div>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => onSubmit(selected, picks(selected))}
        >
          Continue
        </button>
        <button type="button" className="button button--secondary" onClick={() => onSubmit([], [])}>
          Skip: mine is not listed or I am not sure
        </button>
      </div>
    </>
  );
}
