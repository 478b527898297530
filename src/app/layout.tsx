import { useEffect, useRef, useState } from 'react';

import { Link, Outlet, useLocation } from 'react-router';
import { onStorageEvent } from '@/storage/events';
import { applyUpdate } from './service-worker';

/** The page frame: skip link, header, main landmark (focused on navigation), privacy footer. */
export function Layout() {
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const [reloadNeeded, setReloadNeeded] = useState(false);
  const [updateReady, setUpdateReady] = useState(false);
  const [memoryOnly, setMemoryOnly] = useState(false);
  useEffect(() => {
    const ready = () => setUpdateReady(true);
    window.addEventListener('opensaq:update-ready', ready);
    const stops = [
      onStorageEvent('storage.upgrade-elsewhere', () => setReloadNeeded(true)),
      onStorageEvent('storage.memory-only', () => setMemoryOnly(true)),
    ];
    return () => {
      window.removeEventListener('opensaq:update-ready', ready);
      stops.forEach((stop) => stop());
    };
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
            A newer version of OpenSAQ is open in another tab. Reload this page to carry on: your
            saved work is safe.{' '}
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </p>
        </div>
      ) : null}
      {memoryOnly ? (
        <div className="notification notification--warning" role="alert">
          <p>
            <strong>This browser does not let OpenSAQ save anything.</strong> You can carry on: your
            work is kept in this tab until you close it. Before you close it,{' '}
            <Link to="/files">save a copy to a file</Link>.
          </p>
        </div>
      ) : null}
      {updateReady ? (
        <div className="notification" role="status">
          <p>
            A new version of OpenSAQ is ready. Your work is saved: switch when it suits you.{' '}
            <button type="button" className="button button--secondary" onClick={applyUpdate}>
              Use the new version
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

/** Shown when a page fails to load or throws: says what happened and that saved answers are safe. */
export function RouteError() {
  return (
    <main id="main" className="container main">
      <div className="narrow">
        <h1>Sorry, something went wrong</h1>
        <p>
          This page could not be shown. Your saved answers are still in this browser. Try reloading
          the page; if you have just updated OpenSAQ, reloading fetches the new version.
        </p>
        <p>
          <a href="/">Go to the start page</a>
        </p>
      </div>
    </main>
  );
}
