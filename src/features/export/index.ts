/** Export: the on-screen report, the PDF record, the printable worksheets and the official forms. */
export { ReportPage } from './report-page';
export { WorksheetsPage } from './worksheets-page';
export { OfficialFormsPage } from './official-forms-page';
