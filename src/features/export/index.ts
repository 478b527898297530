/** Export: the on-screen report, the PDF record and the printable worksheets. */
export { ReportPage } from './report-page';
export { WorksheetsPage } from './worksheets-page';
