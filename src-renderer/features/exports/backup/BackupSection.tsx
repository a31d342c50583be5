import { EmptyState } from '../../../ui/Page';

export function BackupSection() {
  return (
    <EmptyState title="Backups are not available yet">
      <p>Full backups and restores will be made here.</p>
    </EmptyState>
  );
}
