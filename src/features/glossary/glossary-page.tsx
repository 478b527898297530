import type { Glossary } from '@/content/schema';
import { FRAME_WORDS, say } from '@/content/words';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The glossary: every PCI term the app uses, in plain words. Loaded on demand. */
export function GlossaryPage({ glossary }: { glossary: Glossary }) {
  useDocumentTitle(say(FRAME_WORDS, 'glossary.title'));
  return (
    <div className="narrow">
      <h1>{say(FRAME_WORDS, 'glossary.title')}</h1>
      <p>{say(FRAME_WORDS, 'glossary.intro')}</p>
      <dl className="glossary">
        {glossary.terms.map((t) => (
          <div key={t.id} id={t.id} className="glossary__entry">
            <dt>{t.term}</dt>
            <dd>
              <p>{t.definition}</p>
              {t.example ? <p className="hint">{t.example}</p> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
