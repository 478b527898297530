import { useMemo } from 'react';
import { optionLabel, questionText } from '@/content/eligibility';
import { CONTENT_VERSION, principalTitle } from '@/content/principals';
import type { SaqOutline } from '@/domain/assessment/model';
import { answerFor, journey, type InterviewAnswers } from '@/domain/eligibility/journey';
import {
  buildReport,
  type ReportContentInput,
  type ReportModel,
} from '@/domain/report/report-model';
import type { AssessmentSession } from '@/hooks/assessment-session';

/** The interview answers in words: question and answer, for "why this SAQ". */
export function interviewSummary(
  answers: InterviewAnswers | undefined,
): { question: string; answer: string }[] {
  if (!answers) return [];
  return journey(answers).flatMap((step) => {
    const value = answerFor(answers, step);
    if (value === undefined) return [];
    const q = questionText(step.question);
    const setup = step.channel ? ` (setup ${(step.setup ?? 0) + 1})` : '';
    const answer = Array.isArray(value)
      ? value.map((v) => optionLabel(step.question, v)).join(', ')
      : optionLabel(step.question, value);
    return [{ question: `${q.title}${setup}`, answer }];
  });
}

/** The report model of the open assessment, rebuilt when it changes. */
export function useReportModel(session: AssessmentSession): ReportModel {
  const { assessment, saq, entries } = session;
  return useMemo(() => {
    const content: ReportContentInput = {
      saq: saq as SaqOutline & ReportContentInput['saq'],
      titles: new Map([...entries].map(([id, e]) => [id, e.title])),
      principalTitles: new Map(saq.groups.map((g) => [g.principal, principalTitle(g.principal)])),
      interviewSummary: interviewSummary(assessment.interview),
      contentVersion: CONTENT_VERSION,
    };
    return buildReport(assessment, content, new Date());
  }, [assessment, saq, entries]);
}
