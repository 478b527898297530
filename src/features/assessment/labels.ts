import type { Response } from '@/domain/assessment/model';
import type { GroupStatus, RowState } from '@/domain/assessment/rules';

export const RESPONSE_LABELS: Record<Response, string> = {
  'in-place': 'In Place',
  'in-place-ccw': 'In Place with CCW (compensating control)',
  'not-applicable': 'Not Applicable',
  'not-tested': 'Not Tested',
  'not-in-place': 'Not in Place',
};

export const RESPONSE_HINTS: Record<Response, string> = {
  'in-place': 'You do this, and could show the evidence.',
  'in-place-ccw':
    'You meet the aim another way, because of a real constraint. Needs a compensating controls worksheet.',
  'not-applicable': 'It cannot apply to you. Say why.',
  'not-tested':
    'Left out of this assessment on purpose (SAQ D only): the assessment becomes partial.',
  'not-in-place': 'You do not do this yet. You will plan how to fix it.',
};

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'needs-attention': 'Needs attention',
};

export const ROW_STATE_LABELS: Partial<Record<RowState, string>> = {
  proposed: 'Proposed from your answers: confirm it',
  'to-confirm': 'Carried over: confirm it',
  'dont-know': "Don't know yet",
  incomplete: 'Needs more',
};
