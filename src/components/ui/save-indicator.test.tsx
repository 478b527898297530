// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAVING_WORDS, say } from '@/content/words';
import type { SaveState } from '@/hooks/assessment-session';
import { FILES_URL } from '@/lib/paths';
import { SaveIndicator } from './save-indicator';

afterEach(cleanup);

const words = (code: keyof typeof SAVING_WORDS) => say(SAVING_WORDS, code);

function state(change: Partial<SaveState> = {}): SaveState {
  return {
    status: 'saved',
    error: null,
    gone: false,
    mode: 'browser',
    retry: vi.fn(),
    recreate: vi.fn(),
    ...change,
  };
}

const show = (save: SaveState) => (
  <MemoryRouter>
    <SaveIndicator save={save} />
  </MemoryRouter>
);

describe('the save indicator', () => {
  it('is a polite live region that stays in place as the state changes, so each change is read out', () => {
    const { rerender } = render(show(state({ status: 'saving' })));
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe(words('indicator.saving'));
    rerender(show(state({ status: 'saved' })));
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe(words('indicator.saved'));
  });

  it('says when changes live only in this tab (the browser refused storage)', () => {
    render(show(state({ status: 'saved', mode: 'memory' })));
    expect(screen.getByRole('status').textContent).toBe(words('indicator.memory'));
  });

  it('a failed save says why, offers to try again and to save a copy to a file', () => {
    const save = state({ status: 'failed', error: 'The disk is full.' });
    render(show(save));
    const region = screen.getByRole('status');
    expect(region.textContent).toContain(words('indicator.not-saved'));
    expect(region.textContent).toContain('The disk is full.');
    expect(region.textContent).not.toContain(words('indicator.saved'));
    expect(screen.queryByRole('button', { name: words('indicator.keep') })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: words('indicator.try-again') }));
    expect(save.retry).toHaveBeenCalledTimes(1);
    expect(save.recreate).not.toHaveBeenCalled();
    const link = screen.getByRole('link', { name: words('indicator.save-copy') });
    expect(link.getAttribute('href')).toBe(FILES_URL);
  });

  it('an assessment deleted elsewhere is not "saved": it offers to keep it in this browser again', () => {
    const save = state({ status: 'saved', gone: true, error: 'It was deleted in another tab.' });
    render(show(save));
    const region = screen.getByRole('status');
    expect(region.textContent).toContain(words('indicator.not-saved'));
    expect(region.textContent).not.toContain(words('indicator.saved'));
    expect(screen.queryByRole('button', { name: words('indicator.try-again') })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: words('indicator.keep') }));
    expect(save.recreate).toHaveBeenCalledTimes(1);
    expect(save.retry).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: words('indicator.save-copy') })).toBeDefined();
  });
});
