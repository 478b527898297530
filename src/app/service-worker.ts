/**
 * Registers the service worker (from this module, never an inline script) and offers updates: when a
 * new version is ready, the page is told and the user chooses when to reload, never mid-assessment.
 */
import { registerSW } from 'virtual:pwa-register';

let update: ((reload?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  update = registerSW({
    onNeedRefresh() {
      window.dispatchEvent(new Event('opensaq:update-ready'));
    },
    onOfflineReady() {
      window.dispatchEvent(new Event('opensaq:offline-ready'));
    },
  });
}

/** Switches to the waiting version and reloads: only when the user asks. */
export function applyUpdate(): void {
  void update?.(true);
}
