/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app runs under. Kept here, in one place, and mirrored in
 * public/_headers for static hosts that send it as a header (frame-ancestors only works as a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Injects the CSP only into the production build: the dev server needs inline scripts for HMR. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'opensaq-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // jsPDF's optional modules (HTML rendering, SVG, sanitising HTML) are never used: keep them out.
      html2canvas: fileURLToPath(new URL('./src/pdf/unused-module.ts', import.meta.url)),
      canvg: fileURLToPath(new URL('./src/pdf/unused-module.ts', import.meta.url)),
      dompurify: fileURLToPath(new URL('./src/pdf/unused-module.ts', import.meta.url)),
    },
  },
  worker: { format: 'es' },

  build: {
    // The browsers the README promises; older ones get the "browser too old" message.
    target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
    sourcemap: false,
    // Vite would inline small assets as data: URLs; keep everything as files for a plain CSP.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
