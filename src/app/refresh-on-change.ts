/**
 * A page that lists stored assessments reads them again when any are written, in this tab or
 * another (an import, a merge, a rename, a deletion): what it shows is never older than the store.
 */
import { useEffect } from 'react';
import { useRevalidator } from 'react-router';
import { onStorageEvent } from '@/storage/events';

/** Re-runs the route's loader on every `assessments.changed`; returns the way to do it by hand. */
export function useRefreshOnChange(): () => void {
  const revalidator = useRevalidator();
  const refresh = revalidator.revalidate;
  useEffect(
    () =>
      onStorageEvent('assessments.changed', () => {
        void refresh();
      }),
    [refresh],
  );
  return () => void refresh();
}
