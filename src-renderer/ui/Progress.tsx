/** Progress for long work (imports, backups, PDFs), announced politely to screen readers. */
export function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="progress" role="status" aria-live="polite">
      <label>
        {label} – {percent}%
        <br />
        <progress value={value} max={max} aria-label={label} />
      </label>
    </div>
  );
}
