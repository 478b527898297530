/**
 * Workshop view: the organisation "in use" on this computer, so other clients' names and answers
 * stay hidden everywhere (start page, interview, organisation pages, files). Kept in localStorage:
 * it holds for every tab until turned off.
 */
const KEY = 'opensaq.workshop-organisation';
/** Before one interview per organisation, workshop view kept an assessment's id. */
const OLD_KEY = 'opensaq.workshop-assessment';

export function getWorkshopOrganisation(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setWorkshopOrganisation(name: string | null): void {
  try {
    if (name) localStorage.setItem(KEY, name);
    else localStorage.removeItem(KEY);
    localStorage.removeItem(OLD_KEY);
  } catch {
    // Storage blocked: workshop view simply stays off.
  }
}

/**
 * Workshop view as an older version left it (an assessment's id), read once the assessments are
 * known: it becomes that assessment's organisation.
 */
export function upgradeWorkshopView(assessments: readonly { id: string; organisation: string }[]) {
  try {
    const old = localStorage.getItem(OLD_KEY);
    if (old === null) return;
    const found = assessments.find((a) => a.id === old);
    setWorkshopOrganisation(found ? found.organisation : getWorkshopOrganisation());
  } catch {
    // Storage blocked: nothing to upgrade.
  }
}

/** Whether workshop view hides `organisation` (it is on, for another organisation). */
export function hiddenInWorkshop(organisation: string): boolean {
  const shown = getWorkshopOrganisation();
  return shown !== null && shown !== organisation;
}

const OPEN_KEY = 'opensaq.open-interview';

/** The interview this tab has open (per tab: each tab can work on another organisation). */
export function getOpenInterview(): string | null {
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}

export function setOpenInterview(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPEN_KEY, id);
    else sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // Storage blocked: the tab opens the latest interview next time.
  }
}
