import { useSelector } from '@xstate/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { interviewMachine } from '@/machine/interview-machine';
import type { InterviewSnapshot } from '@/machine/interview-selectors';
import { INTERVIEW_WORDS, say } from '@/content/words';

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
          <h2 className="notification__title">{say(INTERVIEW_WORDS, 'storage-failed.title')}</h2>
          <p>{say(INTERVIEW_WORDS, 'storage-failed.body')}</p>
        </div>
      ) : null}
      {children}
    </Ctx.Provider>
  );
}
