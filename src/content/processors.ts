/** The processor catalog, loaded on demand (only the processor step and the result page use it). */
import type { ProcessorCatalog } from './schema';

let catalog: Promise<ProcessorCatalog> | undefined;

export function loadProcessorCatalog(): Promise<ProcessorCatalog> {
  catalog ??= import('../../content/processors/processors.json').then(
    (m) => m.default as ProcessorCatalog,
  );
  return catalog;
}
