/**
 * The official names of the responses and of the compliance statuses, as the SAQ and the attestation
 * print them. A module of its own so the PDF worker can use them without the report model.
 */
import type { ComplianceStatus } from '../assessment/attestation';
import type { Response } from '../assessment/model';

export const RESPONSE_NAMES: Record<Response, string> = {
  'in-place': 'In Place',
  'in-place-ccw': 'In Place with CCW',
  'not-applicable': 'Not Applicable',
  'not-tested': 'Not Tested',
  'not-in-place': 'Not in Place',
};

export const STATUS_NAMES: Record<ComplianceStatus, string> = {
  compliant: 'Compliant',
  'non-compliant': 'Non-Compliant',
  'compliant-legal-exception': 'Compliant but with Legal Exception',
};
