import { Route, Routes } from 'react-router-dom';
// The printed documents carry names such as Łódź, Ștefan and Ynysŵen: the bundled font's Latin
// Extended subset in its real regular, semibold and bold weights (the app itself loads Latin only).
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import { PlanPrint } from './print/PlanPrint';
import { BudgetPrint } from './print/BudgetPrint';
import { MonitoringPrint } from './print/MonitoringPrint';
import { PrintMessage } from './print/PrintMessage';
import { LEA_PRINT_VIEWS } from './print/lea';
import './print/print.css';

/**
 * The print views PDFs are made from, outside the app shell. The main process opens one of these
 * routes in a hidden window and prints it once `<html data-print-ready="true">` is set.
 */
export default function PrintView() {
  return (
    <Routes>
      <Route path="plan" element={<PlanPrint />} />
      <Route path="budget" element={<BudgetPrint />} />
      <Route path="monitoring" element={<MonitoringPrint />} />
      {/* The LEA adviser's documents: its directory booklet, forum minutes, newsletter, audit and roll-up. */}
      {Object.entries(LEA_PRINT_VIEWS).map(([path, View]) => (
        <Route key={path} path={path} element={<View />} />
      ))}
      <Route path="*" element={<PrintMessage title="Nothing to print">This is not a document Triad Planner can print.</PrintMessage>} />
    </Routes>
  );
}
