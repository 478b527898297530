/** The Zod schema of a stored assessment: the gate every imported file passes before it touches anything. */
import { z } from '../../lib/zod';
import { CHANNELS, RESPONSES, SAQ_IDS } from '../../lib/vocabulary';
import { ID_MAX, ORGANISATION_MAX, SHORT_TEXT_MAX, TEXT_MAX } from '../limits';
import { daySchema, stampSchema } from './dates';
import { decisionSchema, interviewAnswersSchema } from './record-schemas';

const text = z.string().max(TEXT_MAX);
const shortText = z.string().max(SHORT_TEXT_MAX);
/** A calendar day from a date input ('' when cleared). */
const isoDate = daySchema;
/** A PCI DSS requirement number such as 8.3.6, 9.5.1.2.1 or A2.1.1. */
export const requirementIdSchema = z.string().regex(/^(?:[1-9]|1[0-2]|A[1-3])(?:\.\d{1,2}){1,4}$/);
const yesNo = z.enum(['yes', 'no']);
const channel = z.enum(CHANNELS);

export const rowAnswerSchema = z.strictObject({
  response: z.enum(RESPONSES).optional(),
  dontKnow: z.boolean().optional(),
  followUpOwner: shortText.optional(),
  followUpNote: text.optional(),
  notes: text.optional(),
  naReason: text.optional(),
  proposed: z.boolean().optional(),
  toConfirm: z.boolean().optional(),
  ccw: z
    .strictObject({
      constraints: text.optional(),
      definition: text.optional(),
      objective: text.optional(),
      risk: text.optional(),
      validation: text.optional(),
      maintenance: text.optional(),
    })
    .optional(),
  notTestedWhat: text.optional(),
  notTestedWhy: text.optional(),
  remediationAction: text.optional(),
  remediationOwner: shortText.optional(),
  remediationDate: isoDate.optional(),
  legalException: z.boolean().optional(),
  legalExplanation: text.optional(),
  updatedAt: stampSchema.optional(),
});

const rows = z.record(requirementIdSchema, rowAnswerSchema);

const section1Schema = z.strictObject({
  companyName: shortText.optional(),
  dba: shortText.optional(),
  mailingAddress: text.optional(),
  website: shortText.optional(),
  contact: z
    .strictObject({
      name: shortText.optional(),
      title: shortText.optional(),
      phone: shortText.optional(),
      email: shortText.optional(),
    })
    .optional(),
  assessor: z.enum(['none', 'isa', 'qsa', 'both']).optional(),
  isaNames: shortText.optional(),
  qsaCompany: shortText.optional(),
  qsaAddress: text.optional(),
  qsaWebsite: shortText.optional(),
  qsaLeadName: shortText.optional(),
  qsaPhone: shortText.optional(),
  qsaEmail: shortText.optional(),
  qsaCertificate: shortText.optional(),
  excludedChannels: text.optional(),
  channelDescriptions: z
    .strictObject({
      ecommerce: text.optional(),
      moto: text.optional(),
      cardPresent: text.optional(),
    })
    .optional(),
  environment: text.optional(),
  segmentation: yesNo.optional(),
  locations: z
    .array(
      z.strictObject({
        type: shortText.optional(),
        count: shortText.optional(),
        where: shortText.optional(),
      }),
    )
    .max(200)
    .optional(),
  usesValidatedProducts: yesNo.optional(),
  products: z
    .array(
      z.strictObject({
        name: shortText.optional(),
        version: shortText.optional(),
        standard: shortText.optional(),
        listing: shortText.optional(),
        expiry: shortText.optional(),
        stillListed: z.enum(['yes', 'no', 'not-sure']).optional(),
      }),
    )
    .max(200)
    .optional(),
  providers: z
    .array(
      z.strictObject({
        name: shortText.optional(),
        service: shortText.optional(),
        handlesCardData: yesNo.optional(),
        managesComponents: yesNo.optional(),
        couldAffect: yesNo.optional(),
      }),
    )
    .max(200)
    .optional(),
  providersNone: z.boolean().optional(),
  confirmedCriteria: z.array(shortText).max(50).optional(),
  scanVendor: shortText.optional(),
  scanDates: z.array(isoDate).max(8).optional(),
  scanResults: z
    .array(z.enum(['passed', 'failed', '']))
    .max(8)
    .optional(),
  scanRoute: z.enum(['quarterly', 'first-assessment']).optional(),
  firstScan: z
    .strictObject({
      latestPassed: z.boolean().optional(),
      quarterlyPolicy: z.boolean().optional(),
      fixedAndRescanned: z.boolean().optional(),
    })
    .optional(),
  rescans: text.optional(),
  scanReportsKept: shortText.optional(),
});

const section3Schema = z.strictObject({
  acknowledgements: z.array(shortText).max(10).optional(),
  signatoryName: shortText.optional(),
  signatoryTitle: shortText.optional(),
  signatoryDate: isoDate.optional(),
  targetDate: isoDate.optional(),
  qsaInvolvement: text.optional(),
  isaInvolvement: text.optional(),
});

export const assessmentSchema = z.strictObject({
  id: z.string().min(1).max(ID_MAX),
  format: z.literal(1),
  organisation: z
    .string()
    .max(ORGANISATION_MAX)
    .refine((s) => s.trim().length > 0, 'the organisation name is empty'),

  channels: z.array(channel).max(3),
  saq: z.enum(SAQ_IDS),
  saqEdition: shortText,
  contentVersion: shortText,
  interview: interviewAnswersSchema.optional(),
  interviewId: z.string().max(ID_MAX).optional(),
  decision: decisionSchema.optional(),
  provisional: z
    .strictObject({
      candidates: z.array(z.enum(SAQ_IDS)).max(SAQ_IDS.length),
      since: stampSchema,
      outcome: z
        .discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('changed'), to: z.enum(SAQ_IDS) }),
          z.strictObject({ kind: z.literal('no-saq') }),
        ])
        .optional(),
    })
    .optional(),
  rows,
  dropped: rows,
  groupsDone: z.array(z.string().max(4)).max(20),
  section1: section1Schema.optional(),
  section3: section3Schema.optional(),
  part4: z
    .record(
      z.string().max(4),
      z.strictObject({ actions: text.optional(), date: isoDate.optional() }),
    )
    .optional(),
  completedAt: stampSchema.optional(),
  completedOn: isoDate.optional(),
  completedDigest: z.string().max(40).optional(),
  reopened: z
    .array(
      z.strictObject({
        at: stampSchema,
        completedAt: stampSchema,
        completedOn: isoDate.optional(),
      }),
    )
    .max(100)
    .optional(),
  createdAt: stampSchema,
  updatedAt: stampSchema,
});
