import { lazy, Suspense } from 'react';
import type { AssessmentSession } from '@/hooks/assessment-session';

// The CSV writers and the exchange words load with the report page only, not with every
// assessment page that shares its chunk.
const CsvExportSection = lazy(() =>
  import('./csv-export-section').then((m) => ({ default: m.CsvExportSection })),
);

/** "For spreadsheets and GRC tools" on the report page: CISO Assistant audit CSV and spreadsheet CSV. */
export function CsvExport({ session }: { session: AssessmentSession }) {
  return (
    <Suspense fallback={null}>
      <CsvExportSection session={session} />
    </Suspense>
  );
}
