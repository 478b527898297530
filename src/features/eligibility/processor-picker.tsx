import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Details } from '@/components/ui/details';
import type { Question, ProcessorCatalog } from '@/content/schema';
import { PROCESSOR_WORDS, say } from '@/content/words';
import type { ProcessorPick } from '@/domain/eligibility/prefill';
import {
  optionCount,
  pickerGroups,
  searchPicker,
  searchWords,
  type PickerGroup,
} from '@/domain/eligibility/processor-search';

const w = (code: keyof typeof PROCESSOR_WORDS, params?: Record<string, string | number>) =>
  say(PROCESSOR_WORDS, code, params);

interface Props {
  catalog: ProcessorCatalog;
  question: Question;
  initial: string[];
  backTo: string;
  /** "Question n of m", already worded; absent when the step is not counted. */
  progress?: string;
  onSubmit: (ids: string[], picks: ProcessorPick[]) => void;
}

function countText(query: string, count: number): string {
  const q = query.trim();
  if (count === 0) return w('picker.count.none', { query: q });
  return count === 1
    ? w('picker.count.one', { query: q })
    : w('picker.count.many', { count, query: q });
}

/** One provider's options as tick boxes, with where to look for the setting. */
function GroupOptions({
  group,
  selected,
  onToggle,
  legendHidden,
}: {
  group: PickerGroup;
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  legendHidden?: boolean;
}) {
  return (
    <fieldset className="fieldset picker__group">
      <legend
        className={legendHidden ? 'visually-hidden' : 'fieldset__legend fieldset__legend--small'}
      >
        {group.name}
      </legend>
      <Details summary={w('picker.where')}>
        {group.help.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </Details>
      <div className="checkboxes checkboxes--small">
        {group.options.map((o) => {
          const id = `pick-${group.id}-${o.processor}`;
          const renamed = o.label !== o.name;
          return (
            <div className="choice choice--checkbox" key={o.processor}>
              <input
                className="choice__input"
                type="checkbox"
                id={id}
                checked={selected.includes(o.processor)}
                onChange={(e) => onToggle(o.processor, e.target.checked)}
                aria-describedby={renamed ? `${id}-hint` : undefined}
              />
              <label className="choice__label" htmlFor={id}>
                {o.label}
              </label>
              {renamed ? (
                <div className="hint choice__hint" id={`${id}-hint`}>
                  {w('picker.also-called', { name: o.name })}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * "Which payment processors do you use?": a search that finds options (not whole providers),
 * every provider folded away when nothing is typed, nothing ticked in advance, and the picks as a
 * short list with a remove button each. Removing moves focus to the next remove button, or back to
 * the search box after the last one, so that a keyboard user never loses their place.
 */
export function ProcessorPicker({ catalog, question, initial, backTo, progress, onSubmit }: Props) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>(initial);
  const [removed, setRemoved] = useState('');
  const groups = useMemo(() => pickerGroups(catalog), [catalog]);
  const found = useMemo(() => searchPicker(groups, query), [groups, query]);
  const searching = searchWords(query).length > 0;
  const byId = useMemo(() => new Map(catalog.processors.map((p) => [p.id, p])), [catalog]);

  const searchRef = useRef<HTMLInputElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once the list has re-rendered without the removed pick.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    (removeButtons.current.get(target) ?? searchRef.current)?.focus();
  }, [selected]);

  const picks = (ids: string[]): ProcessorPick[] =>
    ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ id: p.id, name: p.name, channel: p.channel, setup: p.setup }] : [];
    });
  const toggle = (id: string, on: boolean) => {
    setRemoved('');
    setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)));
  };
  const remove = (id: string) => {
    const index = selected.indexOf(id);
    focusNext.current = selected[index + 1] ?? '';
    setRemoved(w('picker.picked.removed', { name: byId.get(id)?.name ?? id }));
    setSelected((s) => s.filter((x) => x !== id));
  };

  return (
    <>
      <Link className="back-link" to={backTo}>
        {w('picker.back')}
      </Link>
      <div className="narrow">
        {progress ? <p className="progress">{progress}</p> : null}
        <h1>{question.title}</h1>
        <p className="hint" id="processors-hint">
          {question.hint}
        </p>
        <Details summary={w('picker.help')}>
          {question.help.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Details>

        <section className="picked" aria-labelledby="picked-title">
          <h2 id="picked-title" className="picker__heading">
            {w('picker.picked.title')}
          </h2>
          {selected.length === 0 ? (
            <p>{w('picker.picked.none')}</p>
          ) : (
            <ul className="picked-list">
              {selected.map((id) => {
                const name = byId.get(id)?.name ?? id;
                return (
                  <li className="picked-list__item" key={id}>
                    <span className="picked-list__name">{name}</span>
                    <button
                      type="button"
                      className="link-button"
                      ref={(el) => {
                        if (el) removeButtons.current.set(id, el);
                        else removeButtons.current.delete(id);
                      }}
                      onClick={() => remove(id)}
                    >
                      {w('picker.picked.remove')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="visually-hidden" role="status">
            {removed}
          </p>
        </section>

        <div className="form-group">
          <label className="label" htmlFor="processor-search">
            {w('picker.search.label')}
          </label>
          <div className="hint" id="processor-search-hint">
            {w('picker.search.hint')}
          </div>
          <input
            ref={searchRef}
            className="input"
            id="processor-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setRemoved('');
              setQuery(e.target.value);
            }}
            aria-describedby="processor-search-hint processors-hint"
          />
        </div>
        <p className="picker__count" role="status">
          {searching ? countText(query, optionCount(found)) : ''}
        </p>

        {searching ? (
          found.length > 0 ? (
            <section aria-labelledby="picker-results">
              <h2 id="picker-results" className="visually-hidden">
                {w('picker.results.title')}
              </h2>
              {found.map((g) => (
                <GroupOptions key={g.id} group={g} selected={selected} onToggle={toggle} />
              ))}
            </section>
          ) : null
        ) : (
          <section aria-labelledby="picker-browse" className="picker__browse">
            <h2 id="picker-browse" className="picker__heading">
              {w('picker.browse.title')}
            </h2>
            <p className="hint">{w('picker.browse.hint')}</p>
            {groups.map((g) => (
              <Details key={g.id} summary={g.name}>
                <GroupOptions group={g} selected={selected} onToggle={toggle} legendHidden />
              </Details>
            ))}
          </section>
        )}

        <div className="picker__actions">
          <button
            type="button"
            className="button"
            onClick={() => onSubmit(selected, picks(selected))}
          >
            {w('picker.continue')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onSubmit([], [])}
          >
            {w('picker.skip')}
          </button>
        </div>
      </div>
    </>
  );
}
