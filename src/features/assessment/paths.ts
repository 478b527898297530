export const assessmentUrl = (id: string) => `/assessments/${id}`;
export const groupUrl = (id: string, principal: string) =>
  `/assessments/${id}/requirements/${principal}`;
export const rowAnchor = (requirementId: string) => `row-${requirementId.replace(/\./g, '-')}`;
