import { Page, EmptyState } from '../../ui/Page';

export default function ExportsArea() {
  return (
    <Page title="Exports and backups">
      <EmptyState title="Exports are not available yet">
        <p>PDF improvement plans, full backups and partner returns will be made here.</p>
      </EmptyState>
    </Page>
  );
}
