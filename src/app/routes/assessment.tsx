/**
 * Route modules of an open assessment: each reads the session (and what else its page needs) and
 * hands it to the feature page. Loaded on demand, so the start page stays light.
 */
import { useLoaderData, useParams, type LoaderFunctionArgs } from 'react-router';
import { channelsAssessedSeparately } from '@/domain/assessment/organisations';
import { ReviewPage } from '@/features/review';
import {
  OfficialFormsPage,
  PdfButton,
  ReportPage,
  useReportModel,
  WorksheetsPage,
} from '@/features/export';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { Section1Page, Section3Page } from '@/features/attestation';
import { GroupPage, TaskListPage } from '@/features/workspace';
import { getAssessment, listAssessments } from '@/storage/assessment-store';
import { assessmentIdOf, useAssessmentSession } from '../assessment-session';

export { AssessmentLayout, assessmentLoader, sameAssessment } from '../assessment-session';

export function TaskListRoute() {
  return <TaskListPage session={useAssessmentSession()} />;
}

export function GroupRoute() {
  const { principal = '' } = useParams();
  return <GroupPage key={principal} session={useAssessmentSession()} principal={principal} />;
}

/** Section 1 also names the organisation's other per-channel assessments (for Part 2a). */
export async function section1Loader({ params }: LoaderFunctionArgs) {
  const id = assessmentIdOf(params);
  if (id === null) return [];
  try {
    const [assessment, all] = await Promise.all([getAssessment(id), listAssessments()]);
    return assessment ? channelsAssessedSeparately(assessment, all) : [];
  } catch {
    // Only a suggestion: without it, Part 2a is simply typed by hand.
    return [];
  }
}

export function Section1Route() {
  const separate = useLoaderData<typeof section1Loader>();
  return <Section1Page session={useAssessmentSession()} separateChannels={separate} />;
}

export function Section3Route() {
  return <Section3Page session={useAssessmentSession()} />;
}

/** The PDF record's button, offered on the review once the assessment is complete. */
function ReviewPdf({ session }: { session: AssessmentSession }) {
  return <PdfButton model={useReportModel(session)} />;
}

export function ReviewRoute() {
  const session = useAssessmentSession();
  return <ReviewPage session={session} pdf={<ReviewPdf session={session} />} />;
}

export function ReportRoute() {
  return <ReportPage session={useAssessmentSession()} />;
}

export function WorksheetsRoute() {
  return <WorksheetsPage session={useAssessmentSession()} />;
}

export function OfficialFormsRoute() {
  return <OfficialFormsPage session={useAssessmentSession()} />;
}
