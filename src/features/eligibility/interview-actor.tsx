import { createActorContext } from '@xstate/react';
import { useEffect, useState, type ReactNode } from 'react';
import { interviewMachine, type InterviewInput } from '@/machine/interview-machine';
import { selectPhase } from '@/machine/interview-selectors';
import { loadInterview, saveInterview } from '@/storage/interview-store';

export const InterviewActor = createActorContext(interviewMachine);

export const STEP_URL = (id: string) => `/interview/${id}`;
export const CHECK_URL = '/interview/check';
export const RESULT_URL = '/interview/result';

type SaveState = 'idle' | 'saved' | 'failed';

/**
 * Saves every change to the answers as it happens. Answers are discrete clicks, not typing, so each
 * change is written at once (IndexedDB keeps the writes in order); nothing waits for a debounce.
 */
function Persist({ onState }: { onState: (s: SaveState) => void }) {
  const actorRef = InterviewActor.useActorRef();
  useEffect(() => {
    let last = '';
    const sub = actorRef.subscribe((s) => {
      const draft = { answers: s.context.answers, stepId: s.context.stepId, phase: selectPhase(s) };
      const key = JSON.stringify(draft);
      if (key === last) return;
      last = key;
      saveInterview(draft).then(
        () => onState('saved'),
        () => onState('failed'),
      );
    });
    return () => sub.unsubscribe();
  }, [actorRef, onState]);
  return null;
}

/** Loads the saved interview, then provides the machine to the interview pages. */
export function InterviewProvider({ children }: { children: ReactNode }) {
  const [input, setInput] = useState<InterviewInput | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  useEffect(() => {
    let live = true;
    loadInterview().then(
      (draft) => live && setInput(draft ?? {}),
      () => {
        if (!live) return;
        setSaveState('failed');
        setInput({});
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (!input) {
    return (
      <p className="loading" role="status">
        Loading your answers&hellip;
      </p>
    );
  }
  return (
    <InterviewActor.Provider options={{ input }}>
      <Persist onState={setSaveState} />
      {saveState === 'failed' ? (
        <div className="notification notification--warning" role="alert">
          <h2 className="notification__title">Your answers cannot be saved in this browser</h2>
          <p>
            You can carry on, but your answers will be lost when you close this tab. This happens in
            some private browsing windows, or when the browser blocks storage for this site.
          </p>
        </div>
      ) : null}
      {children}
    </InterviewActor.Provider>
  );
}
