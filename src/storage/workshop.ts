/** Workshop view: which assessment is "in use" on this computer, so other clients' names stay hidden. */
const KEY = 'opensaq.workshop-assessment';

export function getWorkshopAssessment(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setWorkshopAssessment(id: string | null): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: workshop view simply stays off.
  }
}
