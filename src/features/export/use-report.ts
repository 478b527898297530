import { useMemo } from 'react';
import { optionLabel, questionText } from '@/content/eligibility';
import { CONTENT_VERSION, principalTitle } from '@/content/principals';
import { interviewSummary } from '@/domain/report/interview-summary';
import {
  buildReport,
  type ReportContentInput,
  type ReportModel,
} from '@/domain/report/report-model';
import type { AssessmentSession } from '@/hooks/assessment-session';

/** The report model of the open assessment, rebuilt when it changes. */
export function useReportModel(session: AssessmentSession): ReportModel {
  const { assessment, saq, entries } = session;
  return useMemo(() => {
    const content: ReportContentInput = {
      saq,
      titles: new Map([...entries].map(([id, e]) => [id, e.title])),
      principalTitles: new Map(saq.groups.map((g) => [g.principal, principalTitle(g.principal)])),
      interviewSummary: interviewSummary(assessment.interview, {
        title: (q) => questionText(q).title,
        option: optionLabel,
      }),
      contentVersion: CONTENT_VERSION,
    };
    return buildReport(assessment, content, new Date());
  }, [assessment, saq, entries]);
}
