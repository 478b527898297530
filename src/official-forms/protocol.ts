/** The messages between the page and the official-forms worker. */
import type { Assessment } from '../domain/assessment/model';
import type { FillOutcome } from '../domain/official-forms/engine';
import type { Edition, Recognition } from '../domain/official-forms/recognise';
import type { FillOptions, FormSaq } from '../domain/official-forms/values';

export interface FormFile {
  name: string;
  bytes: ArrayBuffer;
}

export type WorkerRequest =
  | { id: number; op: 'recognise'; files: FormFile[]; saq?: string }
  | {
      id: number;
      op: 'fill';
      files: FormFile[];
      assessment: Assessment;
      saq: FormSaq;
      /** ISO date-time: the date in the output file names. */
      now: string;
      options?: FillOptions;
    };

export type WorkerResponse =
  | { id: number; op: 'recognise'; results: RecognisedFile[] }
  | { id: number; op: 'fill'; results: { name: string; outcome: FillOutcome }[] }
  | { id: number; error: string };

export interface RecognisedFile {
  name: string;
  recognition: Recognition;
  /** With an SAQ in the request: whether the file is one of its forms, and which those are. */
  fits?: boolean;
  expected?: Edition[];
}
