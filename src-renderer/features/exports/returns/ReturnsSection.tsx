import { EmptyState } from '../../../ui/Page';

export function ReturnsSection() {
  return (
    <EmptyState title="Partner returns are not available yet">
      <p>Partner schools’ returns will be exported and imported here.</p>
    </EmptyState>
  );
}
