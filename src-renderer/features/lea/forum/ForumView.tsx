import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate, parseUkDate, todayIso } from '../../../core/dates';
import type { ForumContribution } from '../../../core/model';
import { db } from '../../../db';
import { saveForumMeeting } from '../../../db/networks';
import { ErrorSummary, Field } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toaster';
import { useDirectory } from '../use-directory';
import { useExporter } from '../use-exporter';

/** The termly co-leaders forum: who came, the impact knowledge each brought, recurring themes, follow-ups. */
export function ForumView() {
  const entries = useDirectory() ?? [];
  const meetings = useLiveQuery(() => db.forumMeetings.orderBy('date').reverse().toArray(), []) ?? [];
  const exporter = useExporter();
  const { notify } = useToast();
  const [date, setDate] = useState(formatDate(todayIso()));
  const [term, setTerm] = useState('');
  const [contributions, setContributions] = useState<ForumContribution[]>([]);
  const [themes, setThemes] = useState('');
  const [followUps, setFollowUps] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const sorted = [...entries].sort((a, b) => a.sheet.name.localeCompare(b.sheet.name, 'en-GB'));
  function toggle(networkId: string, on: boolean) {
    const entry = entries.find((e) => e.networkId === networkId);
    if (!entry) return;
    // The knowledge starts from what the network's latest sheet says; the adviser edits it.
    const drawn = [entry.sheet.recentActivity, entry.sheet.collaborativeWork].filter((t) => t.trim()).join('\n');
    setContributions(on ? [...contributions, { networkId, networkName: entry.sheet.name, knowledge: drawn }] : contributions.filter((c) => c.networkId !== networkId));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = parseUkDate(date);
    const found = [
      ...(iso ? [] : ['Enter the date of the meeting as dd/mm/yyyy.']),
      ...(term.trim() ? [] : ['Enter the term, for example “Autumn 2004”.']),
      ...(contributions.length > 0 ? [] : ['Tick at least one network that was represented.']),
    ];
    setErrors(found);
    if (found.length > 0 || !iso) return;
    await saveForumMeeting(db, { date: iso, term: term.trim(), contributions, themes, followUps });
    notify(`Forum meeting of ${formatDate(iso)} saved.`);
    setContributions([]);
    setThemes('');
    setFollowUps('');
    setTerm('');
  }

  return (
    <Page title="Co-leaders forum" lede="A record of each termly forum: the networks represented, the knowledge about impact each brought, themes that recur and follow-ups for the LEA.">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-forum-heading">
        <h2 id="new-forum-heading">Record a forum meeting</h2>
        <ErrorSummary errors={errors.map((message) => ({ message }))} />
        <div className="field-row">
          <Field label="Date of the meeting" hint="dd/mm/yyyy">{(c) => <input {...c} value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
          <Field label="Term">{(c) => <input {...c} value={term} onChange={(e) => setTerm(e.target.value)} />}</Field>
        </div>
        <fieldset>
          <legend>Networks represented</legend>
          {sorted.length === 0 ? <p>Import identification sheets in the directory first.</p> : null}
          {sorted.map((e) => (
            <div key={e.networkId}>
              <label>
                <input type="checkbox" checked={contributions.some((c) => c.networkId === e.networkId)} onChange={(ev) => toggle(e.networkId, ev.target.checked)} /> {e.sheet.name}
              </label>
            </div>
          ))}
        </fieldset>
        {contributions.map((c, index) => (
          <Field key={c.networkId} label={`Impact knowledge from ${c.networkName}`} hint="Drawn from the network’s latest sheet: edit it to what was said.">
            {(control) => (
              <textarea {...control} rows={3} value={c.knowledge} onChange={(e) => setContributions(contributions.map((x, i) => (i === index ? { ...x, knowledge: e.target.value } : x)))} />
            )}
          </Field>
        ))}
        <Field label="Recurring themes" hint="One a line.">{(c) => <textarea {...c} rows={3} value={themes} onChange={(e) => setThemes(e.target.value)} />}</Field>
        <Field label="Follow-ups for the LEA" hint="One a line.">{(c) => <textarea {...c} rows={3} value={followUps} onChange={(e) => setFollowUps(e.target.value)} />}</Field>
        <button type="submit">Save forum meeting</button>
      </form>
      <section aria-labelledby="forum-meetings-heading">
        <h2 id="forum-meetings-heading">Meetings</h2>
        {meetings.length === 0 ? <p>No forum meetings recorded yet.</p> : null}
        {exporter.failure ? <p className="warning" role="alert">{exporter.failure}</p> : null}
        <ul className="lea-list">
          {meetings.map((m) => (
            <li key={m.id}>
              {formatDate(m.date)}, {m.term}: {m.contributions.length === 1 ? '1 network' : `${m.contributions.length} networks`}.{' '}
              <button
                type="button"
                className="link"
                disabled={exporter.busy}
                onClick={() => void exporter.pdf({ route: `/print/network-forum?id=${encodeURIComponent(m.id)}`, suggestedName: `Co-leaders forum ${m.term}.pdf`, headerText: 'Co-leaders forum: minutes', landscape: false })}
              >
                Export minutes of {formatDate(m.date)} as PDF
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
