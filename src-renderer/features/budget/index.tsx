import { Page, EmptyState } from '../../ui/Page';

export default function BudgetArea() {
  return (
    <Page title="Budget">
      <EmptyState title="The budget tracker is not available yet">
        <p>The annual allocation, commitments and payments will be tracked here.</p>
      </EmptyState>
    </Page>
  );
}
