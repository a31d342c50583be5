import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { buildPlanDocument } from '../../../core/plan-document';
import { parsePlanPrintQuery, type PlanPrintRequest } from '../../../core/plan-print';
import type { TriadPrintData } from '../../../db/print-data';
import { PrintMessage } from './PrintMessage';
import { useTriadPrintData } from './use-triad-print-data';
import { usePrintReady } from './use-print-ready';
import { ActionsSection, AmendmentsSection, CoverSection, FocusSection, MembershipSection, ObjectivesSection, SignOffSection } from './PlanSections';
import { PlanBudgetSection } from './BudgetFigures';
import { ImpactSection } from './ImpactFigures';

/** `/print/plan?year=2003|all&sections=...`: the Triad Improvement Plan as governors receive it. */
export function PlanPrint() {
  const request = parsePlanPrintQuery(useLocation().search);
  const loaded = useTriadPrintData();
  if (!request) return <PrintMessage title="Nothing to print">The plan’s year was not given.</PrintMessage>;
  if (loaded.state === 'loading') return <p>Preparing the plan…</p>;
  if (loaded.state === 'no-triad') return <PrintMessage title="No triad set up yet">Set up the triad before printing its plan.</PrintMessage>;
  if (loaded.state === 'failed') return <PrintMessage title="The plan could not be read">{loaded.message}</PrintMessage>;
  return <PlanDocumentView data={loaded.data} request={request} />;
}

function PlanDocumentView({ data, request }: { data: TriadPrintData; request: PlanPrintRequest }) {
  const doc = useMemo(() => buildPlanDocument(data, request.scope), [data, request.scope]);
  usePrintReady(true, `${doc.triadName}: Triad Improvement Plan ${doc.period}`);
  const has = (key: PlanPrintRequest['sections'][number]) => request.sections.includes(key);
  return (
    <main className="print-doc">
      {has('cover') ? <CoverSection document={doc} /> : <h1 className="doc-title">{`${doc.triadName}: Triad Improvement Plan ${doc.period}`}</h1>}
      {has('focus') ? <FocusSection document={doc} /> : null}
      {has('objectives') ? <ObjectivesSection document={doc} /> : null}
      {has('actions') ? <ActionsSection document={doc} /> : null}
      {has('budget') ? <PlanBudgetSection triad={data.triad} data={data.budget} years={doc.years.map((y) => y.year)} /> : null}
      {has('impact') ? <ImpactSection data={data} document={doc} /> : null}
      {has('amendments') ? <AmendmentsSection data={data} years={doc.years} /> : null}
      {has('membership') ? <MembershipSection data={data} /> : null}
      {has('signoff') ? <SignOffSection document={doc} /> : null}
    </main>
  );
}
