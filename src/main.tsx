import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import './styles.css';

declare global {
  interface Window {
    __opensaqUnsupported?: boolean;
  }
}

const root = document.getElementById('root');
// browser-check.js has already explained the problem in a browser too old to run the app.
if (root && !window.__opensaqUnsupported) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
