import { useEffect } from 'react';

/** Sets the page title, so screen-reader users and tabs know where they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - OpenSAQ`;
  }, [title]);
}
