/** Route modules of the pages outside an assessment: each loader reads what its page shows. */
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadGlossary, loadSaqContents } from '@/content/loader';
import type { SaqOutline } from '@/domain/assessment/model';
import type { SaqId } from '@/domain/eligibility/saq-catalog';
import { organisationSummary } from '@/domain/report/organisation-summary';
import { FilesPage } from '@/features/files';
import { GlossaryPage } from '@/features/glossary';
import { OrganisationPage } from '@/features/organisation';
import { listAssessments, listSetAside } from '@/storage/assessment-store';
import { unsavedCopies } from '@/storage/unsaved';
import { useRefreshOnChange } from '../refresh-on-change';

export async function glossaryLoader() {
  return loadGlossary();
}

export function GlossaryRoute() {
  return <GlossaryPage glossary={useLoaderData<typeof glossaryLoader>()} />;
}

export async function filesLoader() {
  // Storage refused: the page still saves and opens files for what this tab holds.
  const [stored, setAside] = await Promise.all([
    listAssessments().catch(() => []),
    listSetAside().catch(() => []),
  ]);
  // What is on screen and not stored (its saves failed) is what a file must hold.
  const unsaved = unsavedCopies();
  const byId = new Map(stored.map((a) => [a.id, a]));
  for (const a of unsaved) byId.set(a.id, a);
  return { assessments: [...byId.values()], unsaved: unsaved.map((a) => a.id), setAside };
}

export function FilesRoute() {
  const data = useLoaderData<typeof filesLoader>();
  const refresh = useRefreshOnChange();
  return <FilesPage {...data} onChanged={refresh} />;
}

export async function organisationLoader({ request }: LoaderFunctionArgs) {
  const name = new URL(request.url).searchParams.get('name') ?? '';
  try {
    const all = await listAssessments();
    const outlines: Partial<Record<SaqId, SaqOutline>> = await loadSaqContents(
      all.filter((a) => a.organisation === name).map((a) => a.saq),
    );
    return organisationSummary(name, all, outlines);
  } catch {
    return null;
  }
}

export function OrganisationRoute() {
  const [params] = useSearchParams();
  useRefreshOnChange();
  return (
    <OrganisationPage
      name={params.get('name') ?? ''}
      summary={useLoaderData<typeof organisationLoader>()}
    />
  );
}
