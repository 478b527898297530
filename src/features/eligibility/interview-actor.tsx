import { useSelector } from '@xstate/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { interviewMachine } from '@/machine/interview-machine';
import type { InterviewSnapshot } from '@/machine/interview-selectors';

type InterviewActorRef = ActorRefFrom<typeof interviewMachine>;

const Ctx = createContext<InterviewActorRef | null>(null);

/** The interview machine the pages read and send events to (the app opens and saves it). */
export function useInterviewActor(): InterviewActorRef {
  const actor = useContext(Ctx);
  if (!actor) throw new Error('useInterviewActor outside the interview');
  return actor;
}

/** A value from the interview machine, through one of its selectors. */
export function useInterview<T>(selector: (s: InterviewSnapshot) => T): T {
  return useSelector(useInterviewActor(), selector);
}

/** Gives the interview pages the machine, and says so when the browser refuses to keep answers. */
export function InterviewProvider({
  actor,
  storageFailed,
  children,
}: {
  actor: InterviewActorRef;
  storageFailed: boolean;
  children: ReactNode;
}) {
  return (
    <Ctx.Provider value={actor}>
      {storageFailed ? (
        <div className="notification notification--warning" role="alert">
          <h2 className="notification__title">Your answers cannot be saved in this browser</h2>
          <p>
            You can carry on, but your answers will be lost when you close this tab. This happens in
            some private browsing windows, or when the browser blocks storage for this site.
          </p>
        </div>
      ) : null}
      {children}
    </Ctx.Provider>
  );
}
