import { useEffect, useState, type ReactNode } from 'react';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import { SelectField, TextField } from '@/components/ui/fields';
import { loadSaqContents } from '@/content/loader';
import { CONTENT_VERSION } from '@/content/principals';
import { CSV_WORDS, EXCHANGE_WORDS, UI_WORDS, say } from '@/content/words';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { SAQ_FACTS, SAQ_IDS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { saqFromFileName } from '@/domain/exchange/export-csv';
import type * as ReadCsv from '@/domain/exchange/read-csv';
import type { CsvIssue, CsvPreview, CsvReadResult, NotUsedRow } from '@/domain/exchange/preview';
import { fileErrorText } from '@/domain/files/files-text';
import { createAssessments, newAssessmentId, saveAssessment } from '@/storage/assessment-store';
import {
  actionsFor,
  chooseAll,
  decide,
  initialDecision,
  reconcileDecision,
  rowWords,
  sameSaqAssessments,
  updatePlan,
  type CsvAction,
  type CsvDecision,
  type DecisionError,
  type DecisionField,
  type RowWords,
  type Side,
} from './csv-import-flow';

/** The parser module, loaded on demand: this type-only import loads nothing. */
type Reader = typeof ReadCsv;

/** How the SAQ the rows are read for was chosen: it decides the sentence beside the picker. */
type SaqSource = 'proposal' | 'file-name' | 'user';

interface Loaded {
  name: string;
  text: string;
  reader: Reader;
  saqs: Record<string, SaqOutline>;
  preview: CsvPreview;
  source: SaqSource;
}

const csv = (code: keyof typeof CSV_WORDS, params?: Record<string, string | number>) =>
  say(CSV_WORDS, code, params);
const issueText = (
  issue: Pick<CsvIssue, 'params'> & { code: CsvIssue['code'] | NotUsedRow['code'] },
) => say(EXCHANGE_WORDS, issue.code, issue.params);
const saqName = (id: SaqId | null) => (id ? SAQ_FACTS[id].name : '');

/** The element each problem links to (the first control of its field). */
const anchor = (id: string) => id.replace(/\./g, '-');
function fieldId(field: DecisionField): string {
  switch (field) {
    case 'saq':
    case 'action':
    case 'organisation':
    case 'target':
      return `csv-${field}`;
    default:
      return `csv-conflict-${anchor(field.slice('conflict:'.length))}`;
  }
}

/** Reads the file's text for one SAQ (the user's pick) or for the one the rows propose. */
function readFor(
  loaded: Omit<Loaded, 'preview' | 'source'>,
  saq: SaqId | undefined,
): CsvReadResult {
  return loaded.reader.readExchangeCsv(loaded.text, {
    saqs: Object.values(loaded.saqs),
    words: EXCHANGE_WORDS,
    ...(saq ? { saq } : {}),
  });
}

/** One side of a conflict: its response and its words. */
function ConflictSide({ title, side }: { title: string; side: RowWords }) {
  return (
    <div>
      <p className="label--bold">{title}</p>
      <p>{side.response ?? csv('conflict.no-response')}</p>
      {side.parts.length > 0 ? (
        <dl className="report-fields">
          {side.parts.map((p) => (
            <div key={p.label}>
              <dt>{p.label}</dt>
              <dd>{p.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

/** A radio list, one choice per line (the choices here are sentences, too long to sit inline). */
function Choices<T extends string>({
  id,
  legend,
  error,
  value,
  options,
  onChange,
  children,
}: {
  id: string;
  legend: ReactNode;
  error?: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
  children?: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="fieldset__legend fieldset__legend--small">{legend}</legend>
        {children}
        {error ? (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{say(UI_WORDS, 'error.prefix')}</span> {error}
          </p>
        ) : null}
        <div className="radios radios--small">
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div className="choice" key={o.value}>
                <input
                  className="choice__input"
                  type="radio"
                  id={inputId}
                  name={id}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function AssessmentSelect({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: Assessment[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value ?? ''}
      options={options.map((a) => ({
        value: a.id,
        label: csv('action.assessment-option', {
          organisation: a.organisation,
          saq: SAQ_FACTS[a.saq].name,
          date: a.updatedAt.slice(0, 10),
        }),
      }))}
      onChange={onChange}
    />
  );
}

/** What the shell shows once the import is written: a sentence and a link to the assessment. */
export interface CsvImportDone {
  message: string;
  id: string;
  link: string;
}

/**
 * The CSV import once a file is chosen, loaded on demand with the parser (Papa Parse) and the SAQ
 * content: reads the file, shows what it holds, lets the user pick the SAQ and what should happen,
 * and writes only once they confirm.
 */
export function CsvImportPreview({
  file,
  assessments,
  onFail,
  onCancel,
  onDone,
}: {
  file: File;
  assessments: Assessment[];
  /** The file could not be read: the shell shows the message and the file picker again. */
  onFail: (message: string) => void;
  onCancel: () => void;
  onDone: (done: CsvImportDone) => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [decision, setDecision] = useState<CsvDecision>({ organisation: '', choices: {} });
  const [errors, setErrors] = useState<DecisionError[]>([]);
  const [saveError, setSaveError] = useState('');
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    const read = async (): Promise<{ error: string } | { loaded: Loaded }> => {
      const [reader, saqs] = await Promise.all([
        import('@/domain/exchange/read-csv'),
        loadSaqContents(SAQ_IDS),
      ]);
      if (file.size > reader.MAX_CSV_BYTES)
        return { error: say(EXCHANGE_WORDS, 'exchange.error.too-large') };
      const text = reader.decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      const fromName = saqFromFileName(file.name);
      const base = { name: file.name, text, reader, saqs };
      const result = readFor(base, fromName ?? undefined);
      if (!result.ok) return { error: issueText(result.error) };
      const source: SaqSource =
        fromName && fromName !== result.preview.proposedSaq ? 'file-name' : 'proposal';
      return { loaded: { ...base, preview: result.preview, source } };
    };
    read().then(
      (r) => {
        if (!live) return;
        if ('error' in r)
          return onFail(csv('import.failed', { name: file.name, message: r.error }));
        setLoaded(r.loaded);
        setDecision(initialDecision(r.loaded.preview, assessments));
        setStatus(csv('import.read-for', { name: file.name, saq: saqName(r.loaded.preview.saq) }));
      },
      (e: unknown) => {
        if (live) onFail(csv('import.unexpected', { detail: String(e) }));
      },
    );
    return () => {
      live = false;
    };
    // Read once per file: the list of assessments only matters for the first decision.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const chooseSaq = (saq: SaqId) => {
    if (!loaded) return;
    const result = readFor(loaded, saq);
    // The same text was read once already, so it reads again.
    if (!result.ok)
      return onFail(csv('import.failed', { name: loaded.name, message: issueText(result.error) }));
    setLoaded({ ...loaded, preview: result.preview, source: 'user' });
    setDecision(reconcileDecision(decision, result.preview, assessments));
    setErrors([]);
    setStatus(csv('import.read-for', { name: loaded.name, saq: saqName(result.preview.saq) }));
  };

  const change = (patch: Partial<CsvDecision>) => {
    setDecision({ ...decision, ...patch });
    setErrors([]);
  };

  const confirm = async () => {
    if (!loaded || saving) return;
    setSaveError('');
    const result = decide(decision, {
      preview: loaded.preview,
      assessments,
      saqs: loaded.saqs,
      newId: newAssessmentId(),
      now: new Date().toISOString(),
      contentVersion: CONTENT_VERSION,
    });
    if (!result.ok) return setErrors(result.errors);
    setSaving(true);
    try {
      const w = result.write;
      const written = w.kind === 'create' ? w.assessment : w.next;
      if (w.kind === 'create') await createAssessments([w.assessment], 'import');
      else await saveAssessment(w.next, { base: w.base, cause: 'import' });
      const names = { organisation: written.organisation, saq: SAQ_FACTS[written.saq].name };
      onDone({
        message:
          w.kind === 'create'
            ? csv('done.created', { ...names, count: w.count })
            : csv('done.updated', { ...names, added: w.added, taken: w.taken, kept: w.kept }),
        id: written.id,
        link: csv('done.open', names),
      });
    } catch (e) {
      setSaveError(fileErrorText(e));
      setSaving(false);
    }
  };

  const errorFor = (field: DecisionField) => {
    const e = errors.find((x) => x.field === field);
    return e ? csv(e.code, e.params) : undefined;
  };
  const summary: FieldError[] = [
    ...errors.map((e) => ({ href: fieldId(e.field), message: csv(e.code, e.params) })),
    ...(saveError ? [{ href: 'csv-confirm', message: saveError }] : []),
  ];

  return (
    <div>
      <p role="status">{status || csv('import.reading', { name: file.name })}</p>
      {loaded ? (
        <>
          <ErrorSummary errors={summary} />
          <Preview
            loaded={loaded}
            assessments={assessments}
            decision={decision}
            errorFor={errorFor}
            onSaq={chooseSaq}
            onChange={change}
          />
          <p>{say(EXCHANGE_WORDS, 'exchange.preview.nothing-changes')}</p>
          <button
            type="button"
            className="button"
            id="csv-confirm"
            disabled={saving}
            onClick={() => void confirm()}
          >
            {csv('confirm.button')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {csv('confirm.cancel')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function Preview({
  loaded,
  assessments,
  decision,
  errorFor,
  onSaq,
  onChange,
}: {
  loaded: Loaded;
  assessments: Assessment[];
  decision: CsvDecision;
  errorFor: (field: DecisionField) => string | undefined;
  onSaq: (saq: SaqId) => void;
  onChange: (patch: Partial<CsvDecision>) => void;
}) {
  const { preview, name } = loaded;
  const saq = saqName(preview.saq);
  const proposed = saqName(preview.proposedSaq);
  const saqHint =
    preview.saq === null
      ? ''
      : preview.saq === preview.proposedSaq
        ? say(
            EXCHANGE_WORDS,
            preview.noSaqFits ? 'exchange.preview.no-saq-fits' : 'exchange.preview.proposed-saq',
            { saq },
          )
        : csv(loaded.source === 'file-name' ? 'preview.saq-from-name' : 'preview.saq-chosen', {
            saq,
            proposed,
          });
  const saqError = errorFor('saq');
  const actions = actionsFor(preview, assessments);
  const candidates = sameSaqAssessments(assessments, preview.saq);
  const plan = decision.action === 'update' ? updatePlan(decision, preview, assessments) : null;
  const ours = candidates.find((a) => a.id === decision.target);
  const actionLabel: Record<CsvAction, string> = {
    new: csv('action.new', { saq }),
    'next-year': csv('action.next-year', { saq }),
    update: csv('action.update', { saq }),
  };

  return (
    <div>
      <h3>{csv('preview.title', { name })}</h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{csv('preview.format')}</dt>
          <dd className="summary-list__value">
            {say(
              EXCHANGE_WORDS,
              preview.format === 'ciso-audit'
                ? 'exchange.preview.format-ciso'
                : 'exchange.preview.format-spreadsheet',
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{csv('preview.lines')}</dt>
          <dd className="summary-list__value">{preview.lines}</dd>
        </div>
      </dl>

      <SelectField
        id="csv-saq"
        label={csv('preview.saq-label')}
        hint={saqHint}
        error={saqError}
        value={preview.saq ?? ''}
        options={[
          ...(preview.saq === null ? [{ value: '', label: csv('preview.saq-none') }] : []),
          ...SAQ_IDS.filter((id) => loaded.saqs[id]).map((id) => ({
            value: id,
            label: SAQ_FACTS[id].name,
          })),
        ]}
        onChange={(value) => {
          const id = SAQ_IDS.find((x) => x === value);
          if (id) onSaq(id);
        }}
      />

      {preview.saq !== null && actions.length === 0 ? (
        <p className="warning-text">{csv('preview.nothing', { saq })}</p>
      ) : null}
      {preview.saq !== null && actions.length > 0 ? (
        <ul className="list list--bullet">
          <li>
            {say(EXCHANGE_WORDS, 'exchange.preview.to-confirm', { count: preview.carried.length })}
          </li>
          {preview.missing.length > 0 ? (
            <li>
              {say(EXCHANGE_WORDS, 'exchange.preview.missing', {
                count: preview.missing.length,
                saq,
              })}
            </li>
          ) : null}
          {preview.skipped > 0 ? (
            <li>{say(EXCHANGE_WORDS, 'exchange.preview.skipped', { count: preview.skipped })}</li>
          ) : null}
        </ul>
      ) : null}

      {preview.problems.length > 0 ? (
        <>
          <h3>{csv('preview.problems-title', { count: preview.problems.length })}</h3>
          <ul className="list list--bullet">
            {preview.problems.map((p, i) => (
              <li key={i}>{issueText(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.notUsed.length > 0 ? (
        <>
          <h3>{csv('preview.not-used-title', { count: preview.notUsed.length })}</h3>
          <ul className="list list--bullet">
            {preview.notUsed.map((n) => (
              <li key={`${n.line}-${n.id}`}>{issueText(n)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {actions.length > 0 ? (
        <Choices
          id="csv-action"
          legend={csv('action.label')}
          error={errorFor('action')}
          value={decision.action}
          options={actions.map((a) => ({ value: a, label: actionLabel[a] }))}
          onChange={(action) => onChange({ action })}
        />
      ) : null}

      {decision.action === 'new' ? (
        <TextField
          id="csv-organisation"
          label={csv('action.new-name')}
          hint={csv('action.new-hint')}
          error={errorFor('organisation')}
          value={decision.organisation}
          onChange={(organisation) => onChange({ organisation })}
          autoComplete="organization"
        />
      ) : null}

      {decision.action === 'next-year' ? (
        <AssessmentSelect
          id="csv-target"
          label={csv('action.next-year-which')}
          hint={csv('action.next-year-hint')}
          error={errorFor('target')}
          options={candidates}
          value={decision.target}
          onChange={(target) => onChange({ target, choices: {} })}
        />
      ) : null}

      {decision.action === 'update' ? (
        <AssessmentSelect
          id="csv-target"
          label={csv('action.update-which')}
          error={errorFor('target')}
          options={candidates}
          value={decision.target}
          onChange={(target) => onChange({ target, choices: {} })}
        />
      ) : null}

      {decision.action === 'update' && plan ? (
        <div>
          <p>
            {csv('update.summary', {
              added: plan.added.length,
              same: plan.same,
              conflicts: plan.conflicts.length,
            })}
          </p>
          {plan.conflicts.length > 0 ? (
            <>
              <p className="hint">{csv('update.conflicts-hint')}</p>
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange(chooseAll(decision, preview, assessments, 'theirs'))}
                >
                  {csv('update.all-theirs')}
                </button>{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange(chooseAll(decision, preview, assessments, 'ours'))}
                >
                  {csv('update.all-ours')}
                </button>
              </p>
            </>
          ) : null}
          {plan.conflicts.map((c) => {
            const theirs = rowWords(c.theirs, EXCHANGE_WORDS);
            const mine = rowWords(ours?.rows[c.id], EXCHANGE_WORDS);
            return (
              <Choices<Side>
                key={c.id}
                id={`csv-conflict-${anchor(c.id)}`}
                legend={csv('conflict.legend', { id: c.id })}
                error={errorFor(`conflict:${c.id}`)}
                value={decision.choices[c.id]}
                options={[
                  { value: 'ours', label: csv('conflict.keep-ours') },
                  { value: 'theirs', label: csv('conflict.take-theirs') },
                ]}
                onChange={(side) => onChange({ choices: { ...decision.choices, [c.id]: side } })}
              >
                <div>
                  <ConflictSide title={csv('conflict.ours')} side={mine} />
                  <ConflictSide title={csv('conflict.theirs')} side={theirs} />
                </div>
              </Choices>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
