import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate, todayIso } from '../../../core/dates';
import { addToIssue, cameosForHalfYear, halfYearLabel, halfYearOf, moveItem, type HalfYear, type IssueItem } from '../../../core/network-newsletter';
import { db } from '../../../db';
import { saveNewsletter } from '../../../db/networks';
import { Field } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toaster';
import { useCameos } from '../use-directory';
import { useExporter } from '../use-exporter';

/** Builds the twice-yearly networking newsletter from the cameos networks sent. */
export function NewsletterView() {
  const cameos = useCameos() ?? [];
  const issues = useLiveQuery(() => db.newsletters.toArray(), []) ?? [];
  const exporter = useExporter();
  const { notify } = useToast();
  const [halfYear, setHalfYear] = useState<HalfYear>(halfYearOf(todayIso()));
  const [title, setTitle] = useState('Networking newsletter');
  const [introduction, setIntroduction] = useState('');
  const [items, setItems] = useState<IssueItem[]>([]);
  const [issueId, setIssueId] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const available = cameosForHalfYear(cameos, halfYear);
  const byId = new Map(cameos.map((c) => [c.id, c]));
  const networkOf = (id: string) => byId.get(id)?.cameo.networkId;
  const years = [halfYearOf(todayIso()).year, halfYearOf(todayIso()).year - 1, halfYearOf(todayIso()).year - 2];

  function add(cameoId: string, again: boolean) {
    const result = addToIssue(items, cameoId, networkOf, again);
    if (result.ok) {
      setItems(result.items);
      setNotice(null);
    } else setNotice(result.reason);
  }

  async function save() {
    const saved = await saveNewsletter(db, { ...(issueId ? { id: issueId } : {}), title: title.trim() || 'Networking newsletter', year: halfYear.year, half: halfYear.half, introduction, items });
    setIssueId(saved.id);
    notify('Newsletter saved.');
    return saved;
  }

  async function exportPdf() {
    const saved = await save();
    await exporter.pdf({ route: `/print/network-newsletter?id=${encodeURIComponent(saved.id)}`, suggestedName: `${saved.title}.pdf`, headerText: saved.title, landscape: false });
  }

  return (
    <Page title="Networking newsletter" lede="Twice a year: short cameos of network activity, with every co-leader’s contact. A network appears once in an issue unless you choose it again.">
      <div className="field-row">
        <Field label="Half-year">
          {(c) => (
            <select {...c} value={`${halfYear.year}-${halfYear.half}`} onChange={(e) => { const [y, h] = e.target.value.split('-').map(Number); setHalfYear({ year: y!, half: h as 1 | 2 }); }}>
              {years.flatMap((y) => [2, 1].map((h) => ({ year: y, half: h as 1 | 2 }))).map((hy) => (
                <option key={`${hy.year}-${hy.half}`} value={`${hy.year}-${hy.half}`}>
                  {halfYearLabel(hy)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Title of the issue">{(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      </div>
      <Field label="Introduction">{(c) => <textarea {...c} rows={4} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />}</Field>
      <section aria-labelledby="received-heading">
        <h2 id="received-heading">Cameos received for this half-year</h2>
        {available.length === 0 ? <p>No cameos written in this half-year. Import cameos in the directory.</p> : null}
        {notice ? <p className="warning" role="alert">{notice}</p> : null}
        {available.map((c) => {
          const inIssue = items.some((i) => i.cameoId === c.id);
          const networkIn = items.some((i) => networkOf(i.cameoId) === c.cameo.networkId);
          return (
            <div className="lea-cameo" key={c.id}>
              <p>
                <strong>{c.cameo.title}</strong> from {c.cameo.networkName}, written {formatDate(c.cameo.writtenOn)}
              </p>
              {inIssue ? (
                <p>In this issue.</p>
              ) : (
                <button type="button" className="secondary" onClick={() => add(c.id, networkIn)}>
                  {networkIn ? `Add again: ${c.cameo.title}` : `Add to issue: ${c.cameo.title}`}
                </button>
              )}
            </div>
          );
        })}
      </section>
      <section aria-labelledby="issue-heading">
        <h2 id="issue-heading">In this issue, in order</h2>
        {items.length === 0 ? <p>Nothing chosen yet.</p> : null}
        <ol>
          {items.map((item, index) => {
            const c = byId.get(item.cameoId);
            return (
              <li key={item.cameoId}>
                {c?.cameo.title} ({c?.cameo.networkName}){item.chosenAgain ? ', chosen again' : ''}{' '}
                <button type="button" className="link" onClick={() => setItems(moveItem(items, index, -1))} disabled={index === 0}>
                  Move {c?.cameo.title} up
                </button>{' '}
                <button type="button" className="link" onClick={() => setItems(moveItem(items, index, 1))} disabled={index === items.length - 1}>
                  Move {c?.cameo.title} down
                </button>{' '}
                <button type="button" className="link" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                  Remove {c?.cameo.title}
                </button>
              </li>
            );
          })}
        </ol>
      </section>
      <div className="actions-row">
        <button type="button" onClick={() => void save()}>
          Save newsletter
        </button>
        <button type="button" className="secondary" onClick={() => void exportPdf()} disabled={items.length === 0 || exporter.busy}>
          Export newsletter as PDF
        </button>
        {exporter.busy ? <span role="status">Exporting…</span> : null}
      </div>
      {exporter.failure ? <p className="warning" role="alert">{exporter.failure}</p> : null}
      {issues.length > 0 ? <p>{issues.length === 1 ? '1 issue saved' : `${issues.length} issues saved`}.</p> : null}
    </Page>
  );
}
