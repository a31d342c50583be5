import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { buildPlanDocument } from '../../../core/plan-document';
import { parsePlanPrintQuery, type PlanPrintRequest } from '../../../core/plan-print';
import type { TriadPrintData } from '../../../db/print-data';
import { PrintMessage } from './PrintMessage';
import { useTriadPrintData } from './use-triad-print-data';
import { usePrintReady } from './use-print-ready';
import { PlanCover } from './plan/PlanCover';
import { PlanFocus } from './plan/PlanFocus';
import { PlanYear } from './plan/PlanYear';
import { PlanImpact } from './plan/PlanImpact';
import { PlanAmendments } from './plan/PlanAmendments';
import { PlanMembership } from './plan/PlanMembership';
import { PlanSignOff } from './plan/PlanSignOff';
import { PlanBudget } from './budget/PlanBudget';

/** `/print/plan?year=2003|all&sections=...`: the Triad Improvement Plan as governors receive it. */
export function PlanPrint() {
  const request = parsePlanPrintQuery(useLocation().search);
  const has = (key: PlanPrintRequest['sections'][number]) => request?.sections.includes(key) ?? false;
  const loaded = useTriadPrintData({
    years: request === null || request.scope === 'all' ? 'all' : [request.scope],
    planBody: has('focus') || has('objectives') || has('actions'),
    impact: has('impact'),
    budget: has('budget'),
    membership: has('membership'),
  });
  if (!request) return <PrintMessage title="Nothing to print">The plan’s year was not given.</PrintMessage>;
  if (loaded.state === 'loading') return <p>Preparing the plan…</p>;
  if (loaded.state === 'no-triad') return <PrintMessage title="No triad set up yet">Set up the triad before printing its plan.</PrintMessage>;
  if (loaded.state === 'failed') return <PrintMessage title="The plan could not be read">{loaded.message}</PrintMessage>;
  return <PlanDocumentView data={loaded.data} request={request} />;
}

function PlanDocumentView({ data, request }: { data: TriadPrintData; request: PlanPrintRequest }) {
  // Worked out once: every section lays out the same document.
  const doc = useMemo(() => buildPlanDocument(data, request.scope), [data, request.scope]);
  usePrintReady(true, {
    title: `${doc.triadName}: Triad Improvement Plan ${doc.period} — ${doc.stateLine}`,
    author: doc.triadName,
    subject: `Triad Improvement Plan ${doc.period} for ${doc.schools.map((s) => s.name).join(', ')} (${doc.localAuthority})`,
  });
  const has = (key: PlanPrintRequest['sections'][number]) => request.sections.includes(key);
  return (
    <main className="print-doc">
      {has('cover') ? (
        <PlanCover document={doc} />
      ) : (
        <header className="doc-header">
          <h1 className="doc-title">{`${doc.triadName}: Triad Improvement Plan ${doc.period}`}</h1>
          <p className={doc.hasDraft ? 'state-line draft' : 'state-line'}>{doc.stateLine}</p>
        </header>
      )}
      {has('focus') ? <PlanFocus document={doc} /> : null}
      {has('objectives') || has('actions')
        ? doc.years.map((year) => <PlanYear key={year.year} year={year} criteria={has('objectives')} actions={has('actions')} />)
        : null}
      {has('budget') ? <PlanBudget triad={data.triad} data={data.budget} schools={data.schools} years={doc.years.map((y) => y.year)} /> : null}
      {has('impact') ? <PlanImpact data={data} document={doc} /> : null}
      {has('amendments') ? <PlanAmendments data={data} years={doc.years} /> : null}
      {has('membership') ? <PlanMembership data={data} /> : null}
      {has('signoff') ? <PlanSignOff document={doc} /> : null}
    </main>
  );
}
