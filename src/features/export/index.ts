/** Export: the on-screen report, the PDF record, the printable worksheets and the official forms. */
export { PdfButton, ReportPage } from './report-page';
export { useReportModel } from './use-report';
export { WorksheetsPage } from './worksheets-page';
export { OfficialFormsPage } from './official-forms-page';
