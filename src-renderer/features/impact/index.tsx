import { Page, EmptyState } from '../../ui/Page';

export default function ImpactArea() {
  return (
    <Page title="Impact">
      <EmptyState title="Impact tracking is not available yet">
        <p>Results against the baseline, the impact log and the evidence chain will be kept here.</p>
      </EmptyState>
    </Page>
  );
}
