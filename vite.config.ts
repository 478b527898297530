/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkContent } from './src/content/check';
import { readContent } from './src/content/read-content.node';

/**
 * The Content-Security-Policy the built app runs under, in one place: the build puts it in
 * index.html as a meta tag and writes it, with `frame-ancestors` (which only works as a header), to
 * dist/_headers for static hosts that send headers from a file.
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

/** The headers a static host should send with every file (Netlify, Cloudflare Pages read `_headers`). */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Writes dist/_headers from SECURITY_HEADERS, so the policy is never written out twice by hand. */
function headersFile(): Plugin {
  return {
    name: 'opensaq-headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: [
          '# Written by the build from vite.config.ts (SECURITY_HEADERS). Static hosts that read a',
          '# _headers file (Netlify, Cloudflare Pages) send these; others: see README, "Deploying".',
          '/*',
          ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
          '',
        ].join('\n'),
      });
    },
  };
}

/** Refuses to build from content that fails the content check (the same check as the content test). */
function contentCheck(): Plugin {
  return {
    name: 'opensaq-content-check',
    apply: 'build',
    buildStart() {
      const report = checkContent(
        readContent(fileURLToPath(new URL('./content', import.meta.url))),
      );
      if (report.errors.length > 0)
        this.error(`content/ fails its check:\n- ${report.errors.join('\n- ')}`);
    },
  };
}

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

export default defineConfig(({ mode }) => ({
  base: mode === 'bench' ? '/bench/' : '/',
  publicDir: mode === 'bench' ? false : 'public',
  plugins: [
    react(),
    contentSecurityPolicy(),
    contentCheck(),
    mode !== 'bench' && headersFile(),
    // Offline after the first visit: the service worker precaches the app shell, every content
    // file, the PDF worker and its font. Updates are offered (registerType 'prompt'), never forced.
    mode !== 'bench' &&
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        includeAssets: ['favicon.svg', 'browser-check.js', 'icon-*.png'],
        manifest: {
          name: 'OpenSAQ: PCI self-assessment made plain',
          short_name: 'OpenSAQ',
          description:
            'Find your PCI DSS self-assessment questionnaire and complete it, privately in your browser.',
          start_url: '/',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#1d4e89',
          icons: [
            { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
            { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            {
              src: '/icon-maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,json,ttf,woff2}'],
          navigateFallback: '/index.html',
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
          cleanupOutdatedCaches: true,
        },
      }),
  ],

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
    // Zod checks stored and imported data, which the first page never reads: keep it in a chunk of
    // its own, so that a small helper the first page shares with it does not bring it along.
    rollupOptions: {
      output: {
        manualChunks: (id: string) => (id.includes('/node_modules/zod/') ? 'zod' : undefined),
      },
    },
    // `vite build --mode bench` builds only the benchmark pages (src/bench), under /bench/ next to a
    // production build in dist-bench, so that the app's own chunks stay exactly as shipped.
    ...(mode === 'bench'
      ? {
          outDir: 'dist-bench/bench',
          rollupOptions: {
            input: {
              rows: fileURLToPath(new URL('./src/bench/render-rows.html', import.meta.url)),
              backup: fileURLToPath(new URL('./src/bench/backup.html', import.meta.url)),
            },
          },
        }
      : {}),
  },
  // lan.test: the e2e suite's stand-in for a LAN address (mapped to loopback) to test plain-HTTP serving.
  preview: { port: 4173, allowedHosts: ['lan.test'] },

  test: {
    // Vitest's default is one worker per core but one: a single worker on a two-core machine. Two
    // workers there take the unit run from about 78 s to about 49 s (quiet machine); the heavy tests
    // carry explicit timeouts for when the machine is busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // `npm run coverage`: line coverage of src/, summed per layer by scripts/coverage-layers.mjs.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/bench/**', 'src/test-setup.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
}));
