import { useEffect, useRef, useState } from 'react';

import { Link, Outlet, useLocation, useRouteError } from 'react-router';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { BANNER_WORDS as BANNERS, say } from '@/content/words';
import { FILES_URL, HOME_URL } from '@/lib/paths';
import { onStorageEvent, type EventOf } from '@/storage/events';
import { settleWrites, shouldReloadFor } from './after-deploy';
import { savedWorkDeleted } from './storage-status';

/** This tab asked to switch to the new version: its own reload is expected, others' are not. */
let switching = false;

/**
 * New versions through vite-plugin-pwa's own hook: offered, never forced. A tab opened while one
 * waits is offered it too; when one tab switches, the others are told and reload when they choose.
 */
function useUpdates() {
  const [switchedElsewhere, setSwitchedElsewhere] = useState(false);
  const {
    needRefresh: [updateReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The new version took over the tabs. Only the tab that asked reloads; the others say so
    // (reloading them could lose what is being typed there).
    onNeedReload() {
      if (switching) window.location.reload();
      else setSwitchedElsewhere(true);
    },
  });
  const apply = () => {
    switching = true;
    // Whatever is typed is written first (the reload waits for it).
    void settleWrites().then(() => updateServiceWorker(true));
  };
  return { updateReady: updateReady && !switchedElsewhere, switchedElsewhere, apply };
}

/** The page frame: skip link, header, main landmark (focused on navigation), privacy footer. */
export function Layout() {
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const updates = useUpdates();
  const [reloadNeeded, setReloadNeeded] = useState(false);
  const [memoryOnly, setMemoryOnly] = useState(false);
  const [deleted, setDeleted] = useState<EventOf<'storage.deleted'>['by'] | null>(savedWorkDeleted);
  const [reconnected, setReconnected] = useState(false);
  useEffect(() => {
    const stops = [
      onStorageEvent('storage.upgrade-elsewhere', () => setReloadNeeded(true)),
      onStorageEvent('storage.memory-only', () => setMemoryOnly(true)),
      onStorageEvent('storage.deleted', (e) => {
        setDeleted(e.by);
        setReconnected(false);
      }),
      onStorageEvent('storage.reconnected', () => {
        setMemoryOnly(false);
        setReconnected(true);
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the new page's content on client-side navigation, as a full page load would.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!document.querySelector('.error-summary') && !location.hash) main.current?.focus();
  }, [location.pathname, location.hash]);
  useEffect(() => {
    // A link to a place on a page (#row-3-1-1, #signatoryName): move focus there once it has rendered
    // (pages load their content on demand, so look for it for a moment).
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    let tries = 0;
    const timer = setInterval(() => {
      const el = document.getElementById(id);
      if (el || ++tries > 40) clearInterval(timer);
      if (el) {
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
      }
    }, 50);
    return () => clearInterval(timer);
  }, [location.key, location.hash]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="header">
        <div className="container header__inner">
          <Link to="/" className="header__logo">
            OpenSAQ
          </Link>
          <nav aria-label="Main">
            <ul className="header__nav">
              <li>
                <Link to="/">Start</Link>
              </li>
              <li>
                <Link to="/files">Files and backups</Link>
              </li>
              <li>
                <Link to="/glossary">Glossary</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {reloadNeeded ? (
        <div className="notification notification--warning" role="alert">
          <p>
            {say(BANNERS, deleted ? 'upgrade.elsewhere-deleted' : 'upgrade.elsewhere')}{' '}
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {say(BANNERS, 'update.reload')}
            </button>
          </p>
        </div>
      ) : null}
      {deleted ? (
        <div className="notification notification--warning" role="alert">
          <h2 className="notification__title">{say(BANNERS, 'deleted.title')}</h2>
          <p>
            {say(BANNERS, deleted === 'browser' ? 'deleted.browser' : 'deleted.other-tab')}{' '}
            <Link to={FILES_URL}>{say(BANNERS, 'save-copy')}</Link>
          </p>
          {reconnected ? <p role="status">{say(BANNERS, 'reconnected')}</p> : null}
        </div>
      ) : null}
      {memoryOnly ? (
        <div className="notification notification--warning" role="alert">
          <p>
            <strong>{say(BANNERS, 'memory.title')}</strong> {say(BANNERS, 'memory.body')}{' '}
            <Link to={FILES_URL}>{say(BANNERS, 'save-copy')}</Link>
          </p>
        </div>
      ) : null}
      {updates.updateReady ? (
        <div className="notification" role="status">
          <p>
            {say(BANNERS, deleted ? 'update.ready-unsaved' : 'update.ready')}{' '}
            <button type="button" className="button button--secondary" onClick={updates.apply}>
              {say(BANNERS, 'update.use')}
            </button>
          </p>
        </div>
      ) : null}
      {updates.switchedElsewhere ? (
        <div className="notification" role="status">
          <p>
            {say(BANNERS, 'update.switched')}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.location.reload()}
            >
              {say(BANNERS, 'update.reload')}
            </button>
          </p>
        </div>
      ) : null}
      <main id="main" className="container main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="footer">
        <div className="container">
          <p>
            OpenSAQ runs entirely in your browser. Nothing you enter is sent anywhere. It helps you
            prepare; your acquirer decides which SAQ you file, and the official forms come from the
            PCI Security Standards Council.
          </p>
        </div>
      </footer>
    </>
  );
}

export function NotFoundPage() {
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </div>
  );
}

/**
 * Shown when a page fails to load or throws. A page whose files are gone (a deploy under an open
 * tab with no service worker) is not an error to show: the tab reloads once onto the new version,
 * after the open assessment has written what is typed.
 */
export function RouteError() {
  const error = useRouteError();
  const reload = shouldReloadFor(error);
  useEffect(() => {
    if (reload) void settleWrites().then(() => window.location.reload());
  }, [reload]);
  if (reload)
    return (
      <main id="main" className="container main">
        <p role="status" className="loading">
          {say(BANNERS, 'error.updating')}
        </p>
      </main>
    );
  return (
    <main id="main" className="container main">
      <div className="narrow">
        <h1>{say(BANNERS, 'error.title')}</h1>
        <p>{say(BANNERS, savedWorkDeleted() ? 'error.body-deleted' : 'error.body')}</p>
        <p>
          <a href={HOME_URL}>{say(BANNERS, 'error.home')}</a>
        </p>
      </div>
    </main>
  );
}
