import { Link, Route, Routes } from 'react-router-dom';
import { EmptyState, Page } from '../../ui/Page';
import { useTriad } from '../../shared/use-triad';
import { ActionEditor } from './ActionEditor';
import { DocumentView } from './DocumentView';
import { HistoryView } from './HistoryView';
import { ObjectiveEditor } from './ObjectiveEditor';
import { PlanView } from './PlanView';
import { PriorityEditor } from './PriorityEditor';
import { TermlyReview } from './TermlyReview';
import { CloseYear } from './CloseYear';
import './plan.css';

export default function PlanArea() {
  const triad = useTriad();
  if (triad === undefined) return <p role="status">Loading…</p>;
  if (triad === null) {
    return (
      <Page title="Triad Improvement Plan">
        <EmptyState title="No triad set up yet">
          <p>The plan belongs to a triad. Record your triad first: its name, local authority and programme years.</p>
          <Link className="button" to="/triad">
            Set up your triad
          </Link>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Routes>
      <Route index element={<PlanView triad={triad} />} />
      <Route path="priorities/new" element={<PriorityEditor triad={triad} />} />
      <Route path="priorities/:id" element={<PriorityEditor triad={triad} />} />
      <Route path="objectives/new" element={<ObjectiveEditor triad={triad} />} />
      <Route path="objectives/:id" element={<ObjectiveEditor triad={triad} />} />
      <Route path="actions/new" element={<ActionEditor triad={triad} />} />
      <Route path="actions/:id" element={<ActionEditor triad={triad} />} />
      <Route path="close" element={<CloseYear triad={triad} />} />
      <Route path="review" element={<TermlyReview triad={triad} />} />
      <Route path="history" element={<HistoryView triad={triad} />} />
      <Route path="document" element={<DocumentView triad={triad} />} />
      <Route path="*" element={<PlanView triad={triad} />} />
    </Routes>
  );
}
