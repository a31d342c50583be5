import { EmptyState } from '../../../ui/Page';

export function PdfExports() {
  return (
    <EmptyState title="PDF improvement plans are not available yet">
      <p>The Triad Improvement Plan and budget summary will be exported as PDFs here.</p>
    </EmptyState>
  );
}
