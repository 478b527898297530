/**
 * What this tab knows about the stored work beyond any one page: whether it was deleted under the
 * tab (site data cleared, or another tab deleting the database). Read by the layout's banners and
 * by the error page, which must never then say that the saved work is safe.
 */
import { onStorageEvent, type EventOf } from '@/storage/events';

let deleted: EventOf<'storage.deleted'>['by'] | null = null;

onStorageEvent('storage.deleted', (e) => {
  deleted = e.by;
});

/** Who deleted the saved work while this tab was open, or null when it was not deleted. */
export function savedWorkDeleted(): EventOf<'storage.deleted'>['by'] | null {
  return deleted;
}
