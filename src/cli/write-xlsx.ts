// The CLI's .xlsx writer: the environment-independent workbook writer lives in src/export so the browser page builds the same file.
export { writeReportWorkbook } from "../export/write-workbook";
