// Stands in for jsPDF's optional dependencies (html2canvas, canvg, dompurify), which OpenSAQ never
// calls: aliasing them here keeps them out of the build.
export default {};
