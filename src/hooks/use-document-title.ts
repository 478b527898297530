import { useEffect } from 'react';
import { FRAME_WORDS, say } from '@/content/words';

/** Sets the page title, so screen-reader users and tabs know where they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = say(FRAME_WORDS, 'document-title', { title });
  }, [title]);
}
