/**
 * Every address inside the app, built in one place. Ids are encoded, so an id from a file
 * (`a/b`, `x?y`, `..`) can never open another page: an assessment's id is one path segment
 * (`encodeIdForPath`; route modules read it back with `decodeIdFromPath`).
 */
import { encodeIdForPath } from './path-ids';

const enc = encodeURIComponent;

export const HOME_URL = '/';
export const FILES_URL = '/files';
/** The files page with one assessment chosen to save. */
export const filesUrl = (assessmentId?: string) =>
  assessmentId === undefined ? FILES_URL : `${FILES_URL}?assessment=${enc(assessmentId)}`;
export const GLOSSARY_URL = '/glossary';

export const INTERVIEW_START_URL = '/interview/role';
/** Starts (or reopens) an organisation's interview: a form posts the name here. */
export const NEW_INTERVIEW_URL = '/interview/new';
/** Opens one organisation's interview in this tab, where it was left. */
export const openInterviewUrl = (id: string) => `/interview/open/${enc(id)}`;
export const stepUrl = (stepId: string) => `/interview/${enc(stepId)}`;
export const CHECK_URL = '/interview/check';
export const RESULT_URL = '/interview/result';

export const assessmentUrl = (id: string) => `/assessments/${encodeIdForPath(id)}`;
export const groupUrl = (id: string, principal: string) =>
  `${assessmentUrl(id)}/requirements/${enc(principal)}`;
export const assessmentPageUrl = (
  id: string,
  page:
    | 'section-1'
    | 'section-3'
    | 'review'
    | 'report'
    | 'worksheets'
    | 'official-forms'
    | 'change-saq'
    | 'next-year',
) => `${assessmentUrl(id)}/${page}`;
export const organisationUrl = (name: string) => `/organisation?name=${enc(name)}`;

/**
 * The address that starts one or more questionnaires (`plan` entries are `SAQ:channel`), from the
 * interview `interviewId` when given (its organisation's name is then filled in).
 */
export const newAssessmentUrl = (
  plan: readonly { saq: string; channels: readonly string[] }[],
  interviewId?: string,
) => {
  const query =
    plan.length === 1 && plan[0]
      ? `saq=${enc(plan[0].saq)}${plan[0].channels.length ? `&channels=${plan[0].channels.map(enc).join(',')}` : ''}`
      : `plan=${plan.map((p) => `${enc(p.saq)}:${p.channels.map(enc).join('+')}`).join(',')}`;
  return `/assessments/new?${query}${interviewId ? `&interview=${enc(interviewId)}` : ''}`;
};

/** The official forms (Word) of an assessment, filled in from it. */
export const officialFormsUrl = (id: string) => `${assessmentUrl(id)}/official-forms`;

/** The id of a requirement row's element on its page, for links and focus (`row-8-3-6`). */
export const rowAnchor = (requirementId: string) => `row-${requirementId.replace(/\./g, '-')}`;
