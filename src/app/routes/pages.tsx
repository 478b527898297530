/** Route modules of the pages outside an assessment: each loader reads what its page shows. */
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadGlossary, loadSaqContents } from '@/content/loader';
import type { SaqOutline } from '@/domain/assessment/model';
import type { SaqId } from '@/domain/eligibility/saq-catalog';
import { organisationSummary } from '@/domain/report/organisation-summary';
import { FilesPage } from '@/features/files';
import { GlossaryPage } from '@/features/glossary';
import { OrganisationPage } from '@/features/organisation';
import { listAssessments } from '@/storage/assessment-store';

export async function glossaryLoader() {
  return loadGlossary();
}

export function GlossaryRoute() {
  return <GlossaryPage glossary={useLoaderData<typeof glossaryLoader>()} />;
}

export async function filesLoader() {
  // Storage refused: the page still saves and opens files for what this tab holds.
  return listAssessments().catch(() => []);
}

export function FilesRoute() {
  return <FilesPage assessments={useLoaderData<typeof filesLoader>()} />;
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
  return (
    <OrganisationPage
      name={params.get('name') ?? ''}
      summary={useLoaderData<typeof organisationLoader>()}
    />
  );
}
