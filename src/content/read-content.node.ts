/** Reads content/ from disk (Node only: the content test and `npm run content:check`). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawContent } from './check';

export function readContent(root: string): RawContent {
  const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const dir = (sub: string): Record<string, unknown> =>
    Object.fromEntries(
      (existsSync(join(root, sub)) ? readdirSync(join(root, sub)) : [])
        .filter((f) => f.endsWith('.json') && f !== 'reference-ids.json')
        .map((f) => [f.replace(/\.json$/, ''), json(join(sub, f))]),
    );
  return {
    saqs: dir('saq'),
    requirements: dir('requirements'),
    glossary: json('glossary.json'),
    referenceIds: json('saq/reference-ids.json'),
    questions: json('eligibility/questions.json'),
    criteria: json('eligibility/criteria.json'),
    principals: json('principal-requirements.json'),
    text: dir('text'),
  };
}
