import { useEffect, useMemo, useRef, useState, type DragEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { OFFICIAL_FORMS_WORDS, say } from '@/content/words';
import { localIsoDay } from '@/domain/assessment/dates';
import { assessmentStatus } from '@/domain/assessment/status';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { assessmentPageUrl, assessmentUrl } from '@/lib/paths';
import {
  checkFiles,
  expectedForms,
  fillForms,
  type FileCheck,
  type FillView,
} from './official-forms-support';

const w = (code: keyof typeof OFFICIAL_FORMS_WORDS, params?: Record<string, string | number>) =>
  say(OFFICIAL_FORMS_WORDS, code, params);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Picked {
  id: number;
  file: File;
  check?: FileCheck;
  /** Why the file could not be checked (the worker failed); the file stays. */
  error?: string;
}

type Filling =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'failed'; error: string }
  | { state: 'done'; view: FillView; urls: string[] };

const hasFiles = (e: DragEvent | globalThis.DragEvent) =>
  e.dataTransfer?.types.includes('Files') ?? false;

/**
 * The official-forms page itself, loaded on demand with the engine's client and sentences: the
 * user's own copies of the Council's SAQ and AOC Word files, recognised and filled in a worker
 * (started when the first file arrives) from this assessment, offered back as new files with a
 * list of what was left empty. Nothing is uploaded.
 */
export function OfficialFormsFiller({ session }: { session: AssessmentSession }) {
  const { assessment, saq } = session;
  const draft = useMemo(
    // The engine's own rule (isDraft): a form is a draft exactly when the status is not final.
    () => assessmentStatus(saq, assessment, localIsoDay(new Date())).state !== 'final',
    [saq, assessment],
  );

  const expected = useMemo(() => expectedForms(saq.id), [saq.id]);

  const [picked, setPicked] = useState<Picked[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const [filling, setFilling] = useState<Filling>({ state: 'idle' });
  const [noneToFill, setNoneToFill] = useState(false);
  const nextId = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A file dropped beside the box would make the browser open it and leave the page: refuse it.
  useEffect(() => {
    const refuse = (e: globalThis.DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  // The filled files' addresses live as long as the page shows them.
  const urls = filling.state === 'done' ? filling.urls : null;
  useEffect(() => () => urls?.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  useEffect(() => {
    if (filling.state === 'done') resultHeading.current?.focus();
  }, [filling.state]);

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const added = files.map((file) => ({ id: ++nextId.current, file }));
    // A file of the same name replaces the one picked before.
    setPicked((current) => [
      ...current.filter((p) => !files.some((f) => f.name === p.file.name)),
      ...added,
    ]);
    setNoneToFill(false);
    setAnnouncement(w('file.checking'));
    const update = (id: number, change: Partial<Picked>) =>
      setPicked((current) => current.map((p) => (p.id === id ? { ...p, ...change } : p)));
    try {
      const checks = await checkFiles(files, saq.id);
      added.forEach((p, i) => {
        const check = checks[i];
        if (check) update(p.id, { check });
      });
      setAnnouncement(
        added
          .map((p, i) => w('file.checked', { name: p.file.name, result: checks[i]?.text ?? '' }))
          .join(' ')
          .trim(),
      );
    } catch (e) {
      const error = w('file.check-failed', { error: message(e) });
      added.forEach((p) => update(p.id, { error }));
      setAnnouncement(error);
    }
  };

  const remove = (p: Picked) => {
    setPicked((current) => current.filter((x) => x.id !== p.id));
    setAnnouncement(w('file.removed', { name: p.file.name }));
    input.current?.focus();
  };

  const fitting = picked.filter((p) => p.check?.fits);
  const missing = expected.filter(
    (e, i) =>
      // The first (English) edition of each document names it; any language of it will do.
      expected.findIndex((x) => x.document === e.document) === i &&
      !fitting.some((p) => p.check?.document === e.document),
  );

  const fill = async () => {
    if (fitting.length === 0) {
      setNoneToFill(true);
      return;
    }
    setNoneToFill(false);
    setFilling({ state: 'working' });
    try {
      const view = await fillForms(
        fitting.map((p) => p.file),
        assessment,
        saq,
      );
      setFilling({
        state: 'done',
        view,
        urls: view.filled.map((f) => URL.createObjectURL(f.blob)),
      });
    } catch (e) {
      // The picked files stay as they are, so the user can simply try again.
      setFilling({ state: 'failed', error: message(e) });
    }
  };

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void add([...e.dataTransfer.files]);
  };

  const filledOnce = filling.state === 'done';

  return (
    <div className="narrow official-forms">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        {w('back')}
      </Link>
      <h1>{w('title')}</h1>
      <p className="lead">{w('lead', { saq: saq.name })}</p>

      <h2>{w('download.heading')}</h2>
      <p>{w('download.where')}</p>
      <ul className="list list--bullet">
        {expected
          .filter((e) => e.language === 'en')
          .map((e) => (
            <li key={e.file}>{w('download.item', { edition: e.edition, file: e.file })}</li>
          ))}
      </ul>
      {expected
        .filter((e) => e.language !== 'en')
        .map((e) => (
          <p key={e.file} className="hint">
            {w('download.other-language', { edition: e.edition })}
          </p>
        ))}
      <p>
        <strong>{w('privacy')}</strong>
      </p>

      {draft ? (
        <div className="notification notification--warning">
          <h2 className="notification__title">{w('before.draft.title')}</h2>
          <p>{w('before.draft')}</p>
          <p>
            <Link to={assessmentPageUrl(assessment.id, 'review')}>{w('before.draft.link')}</Link>
          </p>
        </div>
      ) : (
        <p className="success">{w('before.final')}</p>
      )}

      <h2>{w('pick.heading')}</h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragEnter={(e) => hasFiles(e) && setDragging(true)}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
      >
        <label className="label label--bold" htmlFor="official-forms-files">
          {w('pick.label')}
        </label>
        <p className="hint" id="official-forms-files-hint">
          {dragging ? w('pick.dropping') : w('pick.hint')}
        </p>
        <input
          ref={input}
          className="file-input"
          id="official-forms-files"
          type="file"
          multiple
          aria-describedby="official-forms-files-hint"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            // Cleared, so that choosing the same file again (after replacing it) is seen.
            e.target.value = '';
            void add(files);
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {picked.length > 0 ? (
        <section aria-labelledby="official-forms-picked">
          <h3 id="official-forms-picked">{w('files.heading')}</h3>
          <ul className="picked-files">
            {picked.map((p) => (
              <li key={p.id} className="picked-files__item">
                <strong className="picked-files__name">{p.file.name}</strong>
                <span className={p.check && !p.check.fits ? 'error-message' : undefined}>
                  {p.error ?? p.check?.text ?? w('file.checking')}
                </span>
                <button type="button" className="link-button" onClick={() => remove(p)}>
                  {w('file.remove')}
                  <span className="visually-hidden"> {p.file.name}</span>
                </button>
              </li>
            ))}
          </ul>
          {missing.map((e) => (
            <p key={e.file} className="hint">
              {w('file.missing', { edition: e.edition })}
            </p>
          ))}
        </section>
      ) : null}

      <h2>{w('fill.heading')}</h2>
      <button
        type="button"
        className="button"
        disabled={filling.state === 'working'}
        onClick={() => void fill()}
      >
        {filledOnce ? w('fill.again') : w('fill.button')}
      </button>
      <div role="status">{filling.state === 'working' ? <p>{w('fill.working')}</p> : null}</div>
      <div role="alert">
        {noneToFill ? <p className="error-message">{w('fill.none', { saq: saq.name })}</p> : null}
        {filling.state === 'failed' ? (
          <p className="error-message">{w('fill.failed', { error: filling.error })}</p>
        ) : null}
      </div>

      {filling.state === 'done' ? (
        <Results view={filling.view} urls={filling.urls} headingRef={resultHeading} />
      ) : null}
    </div>
  );
}

function Results({
  view,
  urls,
  headingRef,
}: {
  view: FillView;
  urls: readonly string[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <section aria-labelledby="official-forms-result">
      <h2 id="official-forms-result" tabIndex={-1} ref={headingRef}>
        {w('result.heading')}
      </h2>
      {view.filled.length > 0 ? <p>{w('result.intro')}</p> : null}
      {view.notFilled.map((n) => (
        <p key={n.name} className="error-message">
          {w('result.not-filled', { name: n.name, reason: n.reason })}
        </p>
      ))}
      {view.filled.map((f, i) => (
        <section key={f.fileName} aria-labelledby={`official-form-${i}`}>
          <h3 id={`official-form-${i}`}>{f.edition}</h3>
          <p>
            <a className="button" href={urls[i]} download={f.fileName}>
              {w('result.download', { name: f.fileName })}
            </a>
          </p>
          {f.summary.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {f.draft ? null : (
            <p>
              <strong>{w('result.ready')}</strong>
            </p>
          )}
          <h4>{w('result.empty-heading', { edition: f.edition })}</h4>
          {f.empty.length === 0 ? <p>{w('result.nothing-empty')}</p> : null}
          {f.empty.map((g) => (
            <div key={g.part}>
              <h5>{g.part}</h5>
              <ul className="list list--bullet">
                {g.items.map((item, n) => (
                  <li key={n}>{w('result.empty-item', item)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
