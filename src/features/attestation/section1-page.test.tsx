// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSaqContent } from '@/content/loader';
import type { SaqContent } from '@/content/schema';
import { SECTION1_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import type { SeparateChannel } from '@/domain/assessment/organisations';
import { cleanAssessment } from '@/domain/assessment/test-fixtures';
import { SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { Section1Page } from './section1-page';

afterEach(cleanup);

let saqA: SaqContent;
beforeAll(async () => {
  const loaded = await loadSaqContent('A');
  if (!loaded) throw new Error('SAQ A has no content');
  saqA = loaded;
});

/** Section 1 with a session that keeps its changes, as the app's autosaved session does. */
function Page({ start, separate }: { start: Assessment; separate: readonly SeparateChannel[] }) {
  const [assessment, setAssessment] = useState(start);
  const session: AssessmentSession = {
    assessment,
    saq: saqA,
    entries: new Map(),
    update: (change) => setAssessment(change),
    save: {
      status: 'saved',
      error: null,
      gone: false,
      mode: 'browser',
      retry: vi.fn(),
      recreate: vi.fn(),
    },
  };
  return (
    <MemoryRouter>
      <Section1Page session={session} separateChannels={separate} />
    </MemoryRouter>
  );
}

const online = (section1: Assessment['section1'] = {}) =>
  cleanAssessment({
    id: 'online',
    organisation: 'Les Amis',
    saq: 'A',
    channels: ['ecommerce'],
    section1,
  });
const separate: SeparateChannel[] = [
  { channel: 'moto', saq: 'C-VT', assessmentId: 'phone' },
  { channel: 'cardPresent', saq: 'P2PE', assessmentId: 'events' },
];
const sentence = [
  say(SECTION1_WORDS, 'separate.sentence.moto', { saq: SAQ_FACTS['C-VT'].name }),
  say(SECTION1_WORDS, 'separate.sentence.cardPresent', { saq: SAQ_FACTS.P2PE.name }),
].join(' ');

/** Part 2a's "why are channels left out" box. */
const excludedWhy = () => {
  const box = document.getElementById('excludedChannels');
  if (!(box instanceof HTMLTextAreaElement)) throw new Error('no excluded-channels box');
  return box;
};
const sayButton = () => screen.queryByRole('button', { name: say(SECTION1_WORDS, 'separate.say') });
const addButton = () => screen.queryByRole('button', { name: say(SECTION1_WORDS, 'separate.add') });

/** The whole page renders in each test: a few hundred ms here, seconds under a heavy load. */
describe('Section 1, Part 2a: channels another assessment covers', { timeout: 30_000 }, () => {
  it('offers nothing when no other assessment covers the channels left out', () => {
    render(<Page start={online()} separate={[]} />);
    expect(excludedWhy().value).toBe('');
    expect(sayButton()).toBeNull();
    expect(addButton()).toBeNull();
  });

  it('names the other assessments and writes the sentence into the empty box', () => {
    render(<Page start={online()} separate={separate} />);
    const intro = screen
      .getAllByText(/Les Amis/)
      .find((p) => p.textContent?.includes(SAQ_FACTS['C-VT'].name));
    expect(intro?.textContent).toContain(SAQ_FACTS.P2PE.name);
    fireEvent.click(sayButton()!);
    expect(excludedWhy().value).toBe(sentence);
    // Said once: no button to say it again.
    expect(sayButton()).toBeNull();
    expect(addButton()).toBeNull();
  });

  it('adds the sentence after what the user typed, never replacing it', () => {
    render(
      <Page
        start={online({ excludedChannels: 'We stopped phone payments.  ' })}
        separate={separate}
      />,
    );
    expect(sayButton()).toBeNull();
    fireEvent.click(addButton()!);
    expect(excludedWhy().value).toBe(`We stopped phone payments. ${sentence}`);
    expect(addButton()).toBeNull();
  });

  it('offers it again once the user has edited the sentence away', () => {
    render(<Page start={online({ excludedChannels: sentence })} separate={separate} />);
    expect(addButton()).toBeNull();
    fireEvent.change(excludedWhy(), { target: { value: 'Covered elsewhere.' } });
    expect(excludedWhy().value).toBe('Covered elsewhere.');
    expect(addButton()).not.toBeNull();
  });
});
