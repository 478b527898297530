/// <reference lib="webworker" />
// Recognises and fills the official forms off the main thread. Loaded only when the user fills
// forms; each edition's field map is its own chunk, loaded when a file of that edition arrives.
import { fillOfficialForm, recogniseForm } from '../domain/official-forms/engine';
import { editionsFor } from '../domain/official-forms/recognise';
import { EDITIONS, loadFieldMap, WORDS } from './maps';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.op === 'recognise') {
      post({
        id: request.id,
        op: 'recognise',
        results: request.files.map((f) => {
          const recognition = recogniseForm(new Uint8Array(f.bytes), EDITIONS, request.saq);
          if (!request.saq) return { name: f.name, recognition };
          return {
            name: f.name,
            recognition,
            fits: recognition.status === 'recognised' && recognition.edition.saq === request.saq,
            expected: editionsFor(request.saq, EDITIONS),
          };
        }),
      });
      return;
    }
    const results = [];
    const transfer: Transferable[] = [];
    for (const file of request.files) {
      const outcome = await fillOfficialForm({
        fileName: file.name,
        bytes: new Uint8Array(file.bytes),
        assessment: request.assessment,
        saq: request.saq,
        editions: EDITIONS,
        loadMap: loadFieldMap,
        words: WORDS,
        now: new Date(request.now),
        ...(request.options ? { options: request.options } : {}),
      });
      if (outcome.ok) transfer.push(outcome.form.bytes.buffer);
      results.push({ name: file.name, outcome });
    }
    post({ id: request.id, op: 'fill', results }, transfer);
  } catch (error) {
    post({ id: request.id, error: String(error) });
  }
};
