import { useEffect, useReducer, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { download } from '@/components/ui/download';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkbox, RadioGroup, SelectField, TextField } from '@/components/ui/fields';
import { loadSaqContents } from '@/content/loader';
import { CONTENT_VERSION, principalTitle } from '@/content/principals';
import { FILES_PAGE_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import { localIsoDay } from '@/domain/assessment/dates';
import { SAQ_FACTS, SAQ_IDS, type SaqId } from '@/domain/eligibility/saq-catalog';
import {
  fileErrorText,
  progressText,
  setAsideText,
  storageErrorText,
} from '@/domain/files/files-text';
import type { MergeContext } from '@/domain/files/merge';
import { samePassphrase, type KnownIds } from '@/domain/files/opensaq-file';
import type { Progress } from '@/domain/files/slices';
import { ORGANISATION_MAX } from '@/domain/limits';
import { fileSafe } from '@/domain/report/file-safe';
import { useDocumentTitle } from '@/hooks/use-document-title';
import {
  discardSetAside,
  importAssessments,
  newAssessmentId,
  retrySetAside,
  type SetAsideEntry,
} from '@/storage/assessment-store';
import { openBackup, saveBackup, type OpenedBackup } from '@/storage/backup';
import {
  copyName,
  importStep,
  initialImport,
  outcomeLines,
  percentOf,
  reviewView,
  type PlanContext,
} from './import-flow';
import { CsvImport } from './csv-import';

type FilesWord = keyof typeof FILES_PAGE_WORDS;
const t = (code: FilesWord, params?: Record<string, string | number>) =>
  say(FILES_PAGE_WORDS, code, params);

const today = () => localIsoDay(new Date());

/** A progress bar with its words ("Preparing the file: 40%."). */
function ProgressBar({ progress, label }: { progress: Progress | null; label: string }) {
  return (
    <div className="file-progress">
      <progress className="progress-bar" max={100} value={percentOf(progress)} aria-label={label} />
      <p className="hint">{progress ? progressText(progress) : '\u2026'}</p>
    </div>
  );
}

function ExportSection({
  assessments,
  unsaved,
  initial,
}: {
  assessments: Assessment[];
  /** Ids of assessments whose on-screen copy is not stored (saves failed). */
  unsaved: readonly string[];
  initial: string | null;
}) {
  const [scope, setScope] = useState<'everything' | 'assessment' | 'groups'>(
    initial ? 'assessment' : 'everything',
  );
  const [which, setWhich] = useState(initial ?? assessments[0]?.id ?? '');
  const [groups, setGroups] = useState<string[]>([]);
  const [protect, setProtect] = useState(false);
  const [pass1, setPass1] = useState('');
  const [pass2, setPass2] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState<string[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = assessments.find((a) => a.id === which);
  const principals = chosen
    ? [...new Set(Object.keys(chosen.rows).map((id) => id.split('.')[0] ?? ''))].sort(
        (a, b) => Number(a) - Number(b),
      )
    : [];

  const save = async () => {
    setError('');
    setStatus([]);
    if (protect && pass1.length < 8) return setError(t('export.error-short'));
    if (protect && !samePassphrase(pass1, pass2)) return setError(t('export.error-different'));
    if (scope !== 'everything' && !chosen) return setError(t('export.error-which'));
    if (scope === 'groups' && groups.length === 0) return setError(t('export.error-groups'));
    const stem =
      scope === 'everything' || !chosen
        ? `opensaq-backup_${today()}`
        : `${SAQ_FACTS[chosen.saq].name.replace(/\s+/g, '-')}_${fileSafe(chosen.organisation)}_${today()}`;
    const name = `${stem}${protect ? '.protected' : ''}.opensaq.json`;
    setBusy(true);
    setProgress(null);
    try {
      const saved = await saveBackup({
        scope,
        ...(scope !== 'everything' && chosen ? { assessmentId: chosen.id } : {}),
        ...(scope === 'groups' ? { groups } : {}),
        ...(protect ? { passphrase: pass1 } : {}),
        contentVersion: CONTENT_VERSION,
        onProgress: setProgress,
      });
      download(name, saved.blob);
      setStatus([
        t('export.saved', {
          name,
          count: saved.count,
          megabytes: (saved.bytes / 1e6).toFixed(saved.bytes < 1e5 ? 2 : 1),
        }),
        ...(saved.fromScreen.length > 0
          ? [t('export.from-screen', { count: saved.fromScreen.length })]
          : []),
        ...(saved.storageUnreadable ? [t('export.storage-unreadable')] : []),
      ]);
    } catch (e) {
      setError(fileErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <ErrorSummary errors={error ? [{ href: 'export-what', message: error }] : []} />
      <RadioGroup
        id="export-what"
        label={t('export.what')}
        value={scope}
        options={[
          { value: 'everything', label: t('export.everything', { count: assessments.length }) },
          { value: 'assessment', label: t('export.one') },
          { value: 'groups', label: t('export.groups') },
        ]}
        onChange={setScope}
      />
      {scope !== 'everything' ? (
        <SelectField
          id="export-which"
          label={t('export.which')}
          value={which}
          options={assessments.map((a) => ({
            value: a.id,
            label: t(
              unsaved.includes(a.id) ? 'export.which-option-unsaved' : 'export.which-option',
              {
                organisation: a.organisation,
                saq: SAQ_FACTS[a.saq].name,
              },
            ),
          }))}
          onChange={setWhich}
        />
      ) : null}
      {scope === 'groups' ? (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--small">
            {t('export.groups-legend')}
          </legend>
          {principals.length === 0 ? <p>{t('export.no-answers')}</p> : null}
          {principals.map((p) => (
            <Checkbox
              key={p}
              id={`export-group-${p}`}
              label={t('export.group', { principal: p, title: principalTitle(p) })}
              checked={groups.includes(p)}
              onChange={(v) => setGroups(v ? [...groups, p] : groups.filter((g) => g !== p))}
            />
          ))}
        </fieldset>
      ) : null}
      <Checkbox
        id="export-protect"
        label={t('export.protect')}
        checked={protect}
        onChange={setProtect}
      />
      {protect ? (
        <div className="follow-up">
          <p className="warning-text">
            <strong>{t('export.protect-warning')}</strong> {t('export.protect-advice')}
          </p>
          <TextField
            id="export-pass1"
            type="text"
            label={t('export.pass1')}
            value={pass1}
            onChange={setPass1}
            autoComplete="new-password"
          />
          <TextField
            id="export-pass2"
            type="text"
            label={t('export.pass2')}
            value={pass2}
            onChange={setPass2}
            autoComplete="new-password"
          />
        </div>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => void save()}
        disabled={assessments.length === 0 || busy}
      >
        {t('export.button')}
      </button>
      {busy ? <ProgressBar progress={progress} label={t('export.progress')} /> : null}
      <div role="status">
        {status.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}

/** Every SAQ's rows, loaded once: which requirement ids a file may name, and each SAQ's own. */
let saqRowsLoad: Promise<{ known: KnownIds; merge: MergeContext }> | undefined;
function saqRows() {
  saqRowsLoad ??= loadSaqContents(SAQ_IDS).then((contents) => {
    const bySaq = new Map(
      Object.entries(contents).map(([saq, c]) => [
        saq,
        new Set(c.groups.flatMap((g) => g.rows.map((r) => r.id))),
      ]),
    );
    // Answers may carry over between SAQs (kept in "dropped"), so any SAQ's requirement id is read.
    const all = new Set([...bySaq.values()].flatMap((ids) => [...ids]));
    return {
      known: () => all,
      merge: { saqRows: (saq: SaqId) => bySaq.get(saq) },
    };
  });
  return saqRowsLoad;
}

function ImportSection({ assessments }: { assessments: Assessment[] }) {
  const [state, send] = useReducer(importStep, initialImport);
  const [passphrase, setPassphrase] = useState('');
  const unlock = useRef<Extract<OpenedBackup, { kind: 'protected' }>['open'] | null>(null);
  const context = async (): Promise<PlanContext> => ({
    newId: newAssessmentId,
    copyName: (a) => copyName(a, ORGANISATION_MAX),
    merge: (await saqRows()).merge,
  });

  // Other tabs' writes (and this tab's) while a file is under review: worked out again.
  const seen = useRef(assessments);
  useEffect(() => {
    if (seen.current === assessments) return;
    seen.current = assessments;
    void context().then((plan) => send({ type: 'existing.changed', existing: assessments, plan }));
  }, [assessments]);

  const readFile = async (file: File) => {
    send({ type: 'file.chosen', name: file.name });
    try {
      const { known } = await saqRows();
      const onProgress = (progress: Progress) => send({ type: 'progress', progress });
      const opened = await openBackup(file, known, { onProgress });
      if (opened.kind === 'protected') {
        unlock.current = opened.open;
        send({ type: 'file.protected' });
      } else
        send({
          type: 'file.opened',
          file: opened.file,
          existing: assessments,
          plan: await context(),
        });
    } catch (e) {
      send({ type: 'file.failed', error: e });
    }
  };

  const open = async () => {
    if (!unlock.current) return;
    send({ type: 'passphrase.submitted' });
    try {
      const file = await unlock.current(passphrase, {
        onProgress: (progress) => send({ type: 'progress', progress }),
      });
      send({ type: 'file.opened', file, existing: assessments, plan: await context() });
      setPassphrase('');
    } catch (e) {
      send({ type: 'file.failed', error: e });
    }
  };

  const apply = async () => {
    if (state.step !== 'review') return;
    send({ type: 'import.started' });
    try {
      // One transaction: all of it, or (refused) nothing. Merges are worked out again inside it,
      // on the latest stored copies.
      const outcomes = await importAssessments(state.items, new Date(), (await saqRows()).merge);
      send({ type: 'import.done', outcomes });
    } catch (e) {
      send({ type: 'import.failed', error: e });
    }
  };

  const error =
    state.step === 'pick' || state.step === 'passphrase'
      ? state.error
        ? {
            href: state.step === 'passphrase' ? 'import-pass' : 'import-file',
            message: fileErrorText(state.error),
          }
        : null
      : state.step === 'review' && state.error
        ? {
            href: 'import-button',
            message: t('import.failed', { reason: storageErrorText(state.error) }),
          }
        : null;

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <ErrorSummary errors={error ? [error] : []} />
      {state.step === 'pick' ? (
        <div className={`form-group${state.error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="import-file">
            {t('import.choose')}
          </label>
          <div className="hint" id="import-file-hint">
            {t('import.hint')}
          </div>
          <input
            className="file-input"
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
      ) : null}
      {state.step === 'pick' && state.outcomes ? (
        <div className="notification" role="status">
          <p>{t('import.finished')}</p>
          <ul className="list list--bullet">
            {outcomeLines(state.outcomes, state.imported).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.step === 'reading' ? (
        <div role="status">
          <p>
            <strong>{state.name}</strong>
          </p>
          <ProgressBar progress={state.progress} label={t('import.progress')} />
        </div>
      ) : null}
      {state.step === 'passphrase' ? (
        <div>
          <p>{t('import.protected', { name: state.name })}</p>
          <TextField
            id="import-pass"
            type="text"
            label={t('import.passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
          />
          {state.opening ? (
            <ProgressBar progress={state.progress} label={t('import.progress')} />
          ) : null}
          <button
            type="button"
            className="button"
            disabled={state.opening}
            onClick={() => void open()}
          >
            {t('import.open')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => send({ type: 'cancel' })}
          >
            {t('import.cancel')}
          </button>
        </div>
      ) : null}
      {state.step === 'review' ? (
        <Review state={state} assessments={assessments} send={send} onImport={apply} />
      ) : null}
    </section>
  );
}

function Review({
  state,
  assessments,
  send,
  onImport,
}: {
  state: Extract<ReturnType<typeof importStep>, { step: 'review' }>;
  assessments: Assessment[];
  send: (event: Parameters<typeof importStep>[1]) => void;
  onImport: () => Promise<void>;
}) {
  const items = reviewView(state, assessments);
  return (
    <div>
      <p>
        {t('import.file-summary', {
          name: state.name,
          date: state.file.exportedAt.slice(0, 10),
          count: state.file.assessments.length,
        })}
      </p>
      {state.replanned ? (
        <p className="notification" role="status">
          {t('import.replanned')}
        </p>
      ) : null}
      {items.map((item) => (
        <fieldset className="fieldset repeat" key={item.id}>
          <legend className="fieldset__legend fieldset__legend--small">{item.legend}</legend>
          <RadioGroup
            id={`plan-${item.id}`}
            label={item.question}
            value={item.action}
            options={item.options}
            onChange={(action) => send({ type: 'plan.action', id: item.id, action })}
          />
          {item.replacing ? <p>{item.replacing}</p> : null}
          {item.bringsIn ? (
            <div>
              <p>{t('import.brings-in')}</p>
              <ul className="list list--bullet">
                {item.bringsIn.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {item.conflicts.length > 0 ? <p>{t('import.conflicts')}</p> : null}
              {item.conflicts.map((c) => (
                <RadioGroup
                  key={c.key}
                  id={`conflict-${item.id}-${c.key}`}
                  label={c.label}
                  hint={c.hint}
                  value={c.side}
                  options={[
                    { value: 'ours', label: t('import.keep-ours') },
                    { value: 'theirs', label: t('import.take-theirs') },
                  ]}
                  onChange={(side) => send({ type: 'plan.choice', id: item.id, key: c.key, side })}
                />
              ))}
            </div>
          ) : null}
        </fieldset>
      ))}
      <p className="hint">{t('import.all-or-nothing')}</p>
      <button
        type="button"
        className="button"
        id="import-button"
        disabled={state.importing}
        onClick={() => void onImport()}
      >
        {state.importing ? t('import.importing') : t('import.button')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={state.importing}
        onClick={() => send({ type: 'cancel' })}
      >
        {t('import.cancel')}
      </button>
    </div>
  );
}

/** Assessments that could not be read back: kept aside, to save to a file, try again or delete. */
function SetAsideSection({
  entries,
  onChanged,
}: {
  entries: readonly SetAsideEntry[];
  onChanged: () => void;
}) {
  const [message, setMessage] = useState('');
  if (entries.length === 0 && !message) return null;
  const act = async (work: () => Promise<string>) => {
    try {
      setMessage(await work());
    } catch (e) {
      setMessage(t('set-aside.failed', { reason: storageErrorText(e) }));
    }
    onChanged();
  };
  return (
    <section aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('set-aside.title')}</h2>
      <p>{t('set-aside.intro')}</p>
      {message ? <p role="status">{message}</p> : null}
      <ul className="list">
        {entries.map((entry) => {
          const organisation = entry.organisation ?? '';
          return (
            <li key={entry.key} className="set-aside">
              <p>{setAsideText(entry.problem, entry.organisation)}</p>
              <p className="hint">{t('set-aside.when', { date: entry.setAsideAt.slice(0, 10) })}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  download(
                    `set-aside_${fileSafe(organisation) || 'assessment'}_${entry.setAsideAt.slice(0, 10)}.json`,
                    JSON.stringify(entry.record, null, 1),
                  )
                }
              >
                {t('set-aside.save')}
                <span className="visually-hidden"> {organisation}</span>
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void act(async () =>
                    t((await retrySetAside(entry.key)) ? 'set-aside.back' : 'set-aside.still', {
                      organisation,
                    }),
                  )
                }
              >
                {t('set-aside.retry')}
                <span className="visually-hidden"> {organisation}</span>
              </button>{' '}
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() => {
                  if (!window.confirm(t('set-aside.discard-confirm'))) return;
                  void act(async () => {
                    await discardSetAside(entry.key);
                    return '';
                  });
                }}
              >
                {t('set-aside.discard')}
                <span className="visually-hidden"> {organisation}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Files: save a copy (optionally passphrase-protected), open one (add, replace or merge, all in
 * one go), and the assessments set aside because they could not be read back.
 */
export function FilesPage({
  assessments,
  unsaved,
  setAside,
  onChanged,
}: {
  /** The assessments kept here, with the on-screen copies of those whose saves failed. */
  assessments: Assessment[];
  /** Ids of the assessments whose on-screen copy is not stored. */
  unsaved: readonly string[];
  setAside: readonly SetAsideEntry[];
  /** Reads what the page shows again (after a change the storage does not announce). */
  onChanged: () => void;
}) {
  useDocumentTitle(t('title'));
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <SetAsideSection entries={setAside} onChanged={onChanged} />
      <ExportSection
        assessments={assessments}
        unsaved={unsaved}
        initial={params.get('assessment')}
      />
      <ImportSection assessments={assessments} />
      <CsvImport assessments={assessments} />
    </div>
  );
}
