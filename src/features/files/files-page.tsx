import { useState } from 'react';
import { useRevalidator, useSearchParams } from 'react-router';
import { download } from '@/components/ui/download';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkbox, RadioGroup, TextField } from '@/components/ui/fields';
import { fileErrorText } from '@/domain/files/files-text';
import { loadSaqContents } from '@/content/loader';
import { CONTENT_VERSION, principalTitle } from '@/content/principals';
import type { Assessment } from '@/domain/assessment/model';
import { SAQ_FACTS, SAQ_IDS, type SaqId } from '@/domain/eligibility/saq-catalog';

import { fileStem } from '@/domain/report/report-model';
import {
  APP_VERSION,
  applyMerge,
  decrypt,
  encrypt,
  ImportError,
  makeFile,
  MAX_FILE_BYTES,
  onlyGroups,
  parseFileText,
  planMerge,
  replacementPreview,
  serialise,
  type Envelope,
  type OpenSaqFile,
} from '@/domain/files/opensaq-file';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { newAssessmentId, putAssessment } from '@/storage/assessment-store';
import { recordBackup } from '@/storage/backup-log';
import { CsvImport } from './csv-import';

function ExportSection({
  assessments,
  initial,
}: {
  assessments: Assessment[];
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
  const [status, setStatus] = useState('');
  const chosen = assessments.find((a) => a.id === which);
  const principals = chosen
    ? [...new Set(Object.keys(chosen.rows).map((id) => id.split('.')[0] ?? ''))].sort(
        (a, b) => Number(a) - Number(b),
      )
    : [];

  const save = async () => {
    setError('');
    if (protect && pass1.length < 8)
      return setError('The passphrase must be at least 8 characters long.');
    if (protect && pass1 !== pass2)
      return setError('The two passphrases are not the same. Type them again.');
    if (scope !== 'everything' && !chosen) return setError('Choose the assessment to save.');
    if (scope === 'groups' && groups.length === 0)
      return setError('Choose at least one requirement group.');
    const list =
      scope === 'everything'
        ? assessments
        : scope === 'assessment'
          ? [chosen as Assessment]
          : [onlyGroups(chosen as Assessment, groups)];
    const text = serialise(makeFile(list, scope, APP_VERSION, CONTENT_VERSION, new Date()));
    const date = new Date().toISOString().slice(0, 10);
    const name =
      scope === 'everything'
        ? `opensaq-backup_${date}`
        : fileStem(
            SAQ_FACTS[(chosen as Assessment).saq].name,
            (chosen as Assessment).organisation,
            date,
          );
    setStatus('Preparing the file…');
    const body = protect ? await encrypt(text, pass1) : text;
    download(`${name}${protect ? '.protected' : ''}.opensaq.json`, body);
    if (scope === 'everything') recordBackup();
    setStatus(`Saved ${name}.opensaq.json to your downloads.`);
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Save a copy to a file</h2>
      <p>
        Keep a copy somewhere safe, move your work to another computer, or send some requirement
        groups to a volunteer.
      </p>
      <ErrorSummary errors={error ? [{ href: 'export-what', message: error }] : []} />
      <RadioGroup
        id="export-what"
        label="What to save"
        value={scope}
        options={[
          {
            value: 'everything',
            label: `Everything in this browser (${assessments.length} assessments)`,
          },
          { value: 'assessment', label: 'One assessment' },
          { value: 'groups', label: 'Some requirement groups of one assessment' },
        ]}
        onChange={setScope}
      />
      {scope !== 'everything' ? (
        <div className="form-group">
          <label className="label" htmlFor="export-which">
            Assessment
          </label>
          <select
            className="input"
            id="export-which"
            value={which}
            onChange={(e) => setWhich(e.target.value)}
          >
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.organisation} ({SAQ_FACTS[a.saq].name})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {scope === 'groups' ? (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--small">
            Requirement groups with answers
          </legend>
          {principals.length === 0 ? <p>This assessment has no answers yet.</p> : null}
          {principals.map((p) => (
            <Checkbox
              key={p}
              id={`export-group-${p}`}
              label={`Requirement ${p}: ${principalTitle(p)}`}
              checked={groups.includes(p)}
              onChange={(v) => setGroups(v ? [...groups, p] : groups.filter((g) => g !== p))}
            />
          ))}
        </fieldset>
      ) : null}
      <Checkbox
        id="export-protect"
        label="Protect the file with a passphrase"
        checked={protect}
        onChange={setProtect}
      />
      {protect ? (
        <div className="follow-up">
          <p className="warning-text">
            <strong>If you lose the passphrase, nobody can open the file: not you, not us.</strong>{' '}
            Write it down somewhere safe.
          </p>
          <TextField
            id="export-pass1"
            type="text"
            label="Passphrase (at least 8 characters)"
            value={pass1}
            onChange={setPass1}
            autoComplete="new-password"
          />
          <TextField
            id="export-pass2"
            type="text"
            label="Type the passphrase again"
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
        disabled={assessments.length === 0}
      >
        Download the file
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

type Step =
  | { kind: 'pick' }
  | { kind: 'passphrase'; envelope: Envelope; name: string }
  | { kind: 'review'; file: OpenSaqFile; name: string }
  | { kind: 'done'; summary: string[] };

type Plan = {
  action: 'new' | 'replace' | 'merge' | 'skip';
  choices: Record<string, 'ours' | 'theirs'>;
};

async function knownIdsLoader(): Promise<(saq: SaqId) => ReadonlySet<string> | undefined> {
  const contents = await loadSaqContents(SAQ_IDS);
  // Answers may carry over between SAQs (kept in "dropped"), so any SAQ's requirement id is allowed.
  const all = new Set(
    Object.values(contents).flatMap((c) => c.groups.flatMap((g) => g.rows.map((r) => r.id))),
  );
  return () => all;
}

function ImportSection({ assessments, onDone }: { assessments: Assessment[]; onDone: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [plans, setPlans] = useState<Record<string, Plan>>({});

  const readFile = async (file: File) => {
    setError('');
    try {
      if (file.size > MAX_FILE_BYTES)
        throw new ImportError('too-large', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
      const text = await file.text();
      const parsed = parseFileText(text, await knownIdsLoader());
      if (parsed.kind === 'encrypted')
        setStep({ kind: 'passphrase', envelope: parsed.envelope, name: file.name });
      else review(parsed.file, file.name);
    } catch (e) {
      setError(fileErrorText(e));
    }
  };

  const review = (file: OpenSaqFile, name: string) => {
    const initial: Record<string, Plan> = {};
    for (const a of file.assessments) {
      const existing = assessments.find((x) => x.id === a.id);
      const choices: Record<string, 'ours' | 'theirs'> = {};
      if (existing)
        for (const c of planMerge(existing, a).conflicts)
          choices[c.id] = c.newer === 'theirs' ? 'theirs' : 'ours';
      initial[a.id] = { action: existing ? 'merge' : 'new', choices };
    }
    setPlans(initial);
    setStep({ kind: 'review', file, name });
  };

  const unlock = async () => {
    if (step.kind !== 'passphrase') return;
    setError('');
    try {
      const text = await decrypt(step.envelope, passphrase);
      const parsed = parseFileText(text, await knownIdsLoader());
      if (parsed.kind === 'file') review(parsed.file, step.name);
    } catch (e) {
      setError(fileErrorText(e));
    }
  };

  const apply = async () => {
    if (step.kind !== 'review') return;
    const now = new Date().toISOString();
    const summary: string[] = [];
    try {
      for (const a of step.file.assessments) {
        const plan = plans[a.id];
        const existing = assessments.find((x) => x.id === a.id);
        if (!plan || plan.action === 'skip') continue;
        if (plan.action === 'new') {
          const id = existing ? newAssessmentId() : a.id;
          await putAssessment({
            ...a,
            id,
            organisation: existing ? `${a.organisation} (imported)` : a.organisation,
            updatedAt: now,
          });
          summary.push(`Added ${a.organisation} (${SAQ_FACTS[a.saq].name}).`);
        } else if (plan.action === 'replace' && existing) {
          await putAssessment({ ...a, updatedAt: now });
          summary.push(`Replaced ${existing.organisation} with the file's version.`);
        } else if (plan.action === 'merge' && existing) {
          await putAssessment(applyMerge(existing, a, plan.choices, now));
          summary.push(`Merged the file's answers into ${existing.organisation}.`);
        }
      }
      setStep({ kind: 'done', summary });
      onDone();
    } catch (e) {
      setError(
        `This browser refused to save the import (${String(e)}). Your existing data is as it was.`,
      );
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Open a file</h2>
      <ErrorSummary
        errors={
          error
            ? [{ href: step.kind === 'passphrase' ? 'import-pass' : 'import-file', message: error }]
            : []
        }
      />
      {step.kind === 'pick' || step.kind === 'done' ? (
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="import-file">
            Choose an .opensaq.json file
          </label>
          <div className="hint" id="import-file-hint">
            Nothing changes until you have seen what the file holds and chosen what to do with it.
          </div>
          <input
            className="file-input"
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-file-hint"
            onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])}
          />
        </div>
      ) : null}
      {step.kind === 'done' ? (
        <div className="notification" role="status">
          <p>Import finished.</p>
          <ul className="list list--bullet">
            {step.summary.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {step.kind === 'passphrase' ? (
        <div>
          <p>
            <strong>{step.name}</strong> is protected with a passphrase.
          </p>
          <TextField
            id="import-pass"
            type="text"
            label="Passphrase"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
          />
          <button type="button" className="button" onClick={() => void unlock()}>
            Open the file
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep({ kind: 'pick' })}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {step.kind === 'review' ? (
        <div>
          <p>
            <strong>{step.name}</strong>: exported {step.file.exportedAt.slice(0, 10)},{' '}
            {step.file.assessments.length} assessment(s).
          </p>
          {step.file.assessments.map((a) => {
            const existing = assessments.find((x) => x.id === a.id);
            const plan = plans[a.id] ?? { action: 'new', choices: {} };
            const setPlan = (p: Partial<Plan>) => setPlans({ ...plans, [a.id]: { ...plan, ...p } });
            const merge = existing ? planMerge(existing, a) : null;
            const preview = existing ? replacementPreview(existing, a) : null;
            return (
              <fieldset className="fieldset repeat" key={a.id}>
                <legend className="fieldset__legend fieldset__legend--small">
                  {a.organisation} ({SAQ_FACTS[a.saq].name}, {Object.keys(a.rows).length} answers)
                </legend>
                <RadioGroup
                  id={`plan-${a.id}`}
                  label={
                    existing
                      ? 'This assessment is already in this browser. What should happen?'
                      : 'What should happen?'
                  }
                  value={plan.action}
                  options={
                    existing
                      ? [
                          {
                            value: 'merge',
                            label: 'Merge: add its answers, and choose where they differ',
                          },
                          { value: 'replace', label: "Replace ours with the file's version" },
                          { value: 'new', label: 'Add it as a separate copy' },
                          { value: 'skip', label: 'Leave it out' },
                        ]
                      : [
                          { value: 'new', label: 'Add it' },
                          { value: 'skip', label: 'Leave it out' },
                        ]
                  }
                  onChange={(v) => setPlan({ action: v })}
                />
                {plan.action === 'replace' && preview ? (
                  <p>
                    Replacing changes {preview.changed} answers, adds {preview.added} and removes{' '}
                    {preview.removed}.
                  </p>
                ) : null}
                {plan.action === 'merge' && merge ? (
                  <div>
                    <p>
                      {merge.added.length} new answers will be added; {merge.same} are the same;{' '}
                      {merge.conflicts.length} differ.
                    </p>
                    {merge.conflicts.map((c) => (
                      <RadioGroup
                        key={c.id}
                        id={`conflict-${a.id}-${c.id}`}
                        label={`${c.id}: ours "${c.ours.response ?? 'no response'}${c.ours.notes ? `, ${c.ours.notes}` : ''}" or the file's "${c.theirs.response ?? 'no response'}${c.theirs.notes ? `, ${c.theirs.notes}` : ''}"`}
                        hint={
                          c.newer === 'unknown'
                            ? 'We cannot tell which is newer.'
                            : `The ${c.newer === 'theirs' ? "file's" : 'one in this browser'} is newer.`
                        }
                        value={plan.choices[c.id]}
                        options={[
                          { value: 'ours', label: 'Keep ours' },
                          { value: 'theirs', label: "Take the file's" },
                        ]}
                        onChange={(v) => setPlan({ choices: { ...plan.choices, [c.id]: v } })}
                      />
                    ))}
                  </div>
                ) : null}
              </fieldset>
            );
          })}
          <button type="button" className="button" onClick={() => void apply()}>
            Import
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep({ kind: 'pick' })}
          >
            Cancel
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Files: save a copy (optionally passphrase-protected) and open one (new, replace or merge). */
export function FilesPage({ assessments }: { assessments: Assessment[] }) {
  useDocumentTitle('Save and open files');
  const [params] = useSearchParams();
  // After an import the route's loader reads the list again.
  const revalidator = useRevalidator();
  return (
    <div className="narrow">
      <h1>Save and open files</h1>
      <p>
        Your work lives only in this browser, on this computer. Files are how it travels: a backup,
        another laptop, a volunteer&apos;s answers coming back. Files never leave your computer
        unless you send them.
      </p>
      <ExportSection assessments={assessments} initial={params.get('assessment')} />
      <ImportSection assessments={assessments} onDone={() => void revalidator.revalidate()} />
      <CsvImport assessments={assessments} />
    </div>
  );
}
