import { createActorContext } from '@xstate/react';
import { useEffect, useState, type ReactNode } from 'react';
import { interviewMachine, type InterviewInput } from '@/machine/interview-machine';
import { selectPhase } from '@/machine/interview-selectors';
import { saveInterview } from '@/storage/interview-store';

export const InterviewActor = createActorContext(interviewMachine);

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

/** Provides the machine to the interview pages, started from the saved interview (read by the route's loader). */
export function InterviewProvider({
  initial,
  loadFailed,
  children,
}: {
  initial: InterviewInput;
  /** The saved interview could not be read: storage is refused, so nothing will be kept. */
  loadFailed: boolean;
  children: ReactNode;
}) {
  const [saveState, setSaveState] = useState<SaveState>(loadFailed ? 'failed' : 'idle');
  return (
    <InterviewActor.Provider options={{ input: initial }}>
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
