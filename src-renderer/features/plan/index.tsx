import { Page, EmptyState } from '../../ui/Page';

export default function PlanArea() {
  return (
    <Page title="Triad Improvement Plan">
      <EmptyState title="Planning is not available yet">
        <p>Priorities, objectives and actions for each programme year will be planned here.</p>
      </EmptyState>
    </Page>
  );
}
