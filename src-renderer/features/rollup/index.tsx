import { Page, EmptyState } from '../../ui/Page';

export default function RollupArea() {
  return (
    <Page title="LEA roll-up">
      <EmptyState title="The roll-up is not available yet">
        <p>The LEA link adviser will open several triads’ files here to see a cohort view.</p>
      </EmptyState>
    </Page>
  );
}
