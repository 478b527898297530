import { describe, expect, it } from 'vitest';
import {
  claimReload,
  isMissingFileError,
  RELOAD_GUARD_MS,
  settleWrites,
  trackWrite,
} from './after-deploy';

function memoryFlags() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('after a deploy', () => {
  it('knows the browsers’ words for a module file that is gone', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost/assets/pages-abc.js',
      'error loading dynamically imported module: http://localhost/assets/pages-abc.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/pages-abc.css',
      'Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html". Strict MIME type checking is enforced for module scripts per HTML spec. \'text/html\' is not a valid JavaScript MIME type.',
    ])
      expect(isMissingFileError(new TypeError(message)), message).toBe(true);
    expect(isMissingFileError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isMissingFileError('nothing')).toBe(false);
  });

  it('reloads once, then not again within the guard time, then again after it', () => {
    const flags = memoryFlags();
    expect(claimReload(flags, 1_000_000)).toBe(true);
    expect(claimReload(flags, 1_000_000 + 5)).toBe(false);
    expect(claimReload(flags, 1_000_000 + RELOAD_GUARD_MS - 1)).toBe(false);
    expect(claimReload(flags, 1_000_000 + RELOAD_GUARD_MS)).toBe(true);
  });

  it('never reloads without a place to note it (a loop could not be stopped)', () => {
    expect(claimReload(null, 1)).toBe(false);
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(claimReload(broken, 1)).toBe(false);
  });

  it('waits for the writes under way, failed ones too', async () => {
    const order: string[] = [];
    let finish: () => void = () => undefined;
    void trackWrite(
      new Promise<void>((resolve) => {
        finish = () => {
          order.push('write');
          resolve();
        };
      }),
    );
    void trackWrite(Promise.reject(new Error('quota'))).catch(() => undefined);
    const settled = settleWrites().then(() => order.push('settled'));
    finish();
    await settled;
    expect(order).toEqual(['write', 'settled']);
  });
});
