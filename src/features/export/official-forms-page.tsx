import { lazy, Suspense } from 'react';
import { OFFICIAL_FORMS_WORDS, say } from '@/content/words';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { useDocumentTitle } from '@/hooks/use-document-title';

// The page's body, the engine's client, its sentences and the editions form a chunk of their own,
// so the other assessment pages do not carry them; the worker starts only when a file arrives.
const OfficialFormsFiller = lazy(() =>
  import('./official-forms-filler').then((m) => ({ default: m.OfficialFormsFiller })),
);

/** "Fill in the official forms": the Council's SAQ and AOC Word files, filled from this assessment. */
export function OfficialFormsPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle(say(OFFICIAL_FORMS_WORDS, 'title'));
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          {say(OFFICIAL_FORMS_WORDS, 'loading')}
        </p>
      }
    >
      <OfficialFormsFiller session={session} />
    </Suspense>
  );
}
