import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { formatDate, parseUkDate, todayIso } from '../../core/dates';
import {
  allTags, EVIDENCE_LIMIT_BYTES, filterLog, groupByMonth, GUSKEY_LEVEL_LABELS, GUSKEY_LEVELS, IMPACT_KIND_LABELS, monthLabel, parseTags, toGuskeyLevel, validateLogEntry,
  type LogEntryErrors, type LogFilter,
} from '../../core/impact-log';
import { IMPACT_KINDS, type GuskeyLevel, type ImpactKind, type ImpactLogEntry } from '../../core/model';
import { db } from '../../db';
import { deleteLogEntry, ImpactInputError, saveLogEntry, type NewEvidence } from '../../db/impact';
import { undoDelete } from '../../db/records';
import { ErrorSummary, Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useUnsavedChanges } from '../../ui/UnsavedChanges';
import type { ImpactData } from './use-impact-data';

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function CheckboxGroup({ legend, options, chosen, onChange, error }: {
  legend: string;
  options: { id: string; label: string }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {error ? <p className="error">{error}</p> : null}
      <ul className="checkbox-list">
        {options.map((o) => (
          <li key={o.id}>
            <label>
              <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))} /> {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

type StoredFiles = Map<string, { id: string; name: string; size: number }>;

function EntryForm({ data, onDone, existing = null, storedFiles }: { data: ImpactData; onDone: () => void; existing?: ImpactLogEntry | null; storedFiles: StoredFiles }) {
  const [date, setDate] = useState(formatDate(existing?.date ?? todayIso()));
  const [kind, setKind] = useState<ImpactKind>(existing?.kind ?? 'lesson-observation');
  const [author, setAuthor] = useState(existing?.author ?? '');
  const [schoolIds, setSchoolIds] = useState<string[]>(existing?.schoolIds ?? []);
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [detail, setDetail] = useState(existing?.detail ?? '');
  const [objectiveIds, setObjectiveIds] = useState<string[]>(existing?.objectiveIds ?? []);
  const [actionIds, setActionIds] = useState<string[]>(existing?.actionIds ?? []);
  const [tags, setTags] = useState(existing?.tags.join(', ') ?? '');
  const [guskeyLevel, setGuskeyLevel] = useState<GuskeyLevel | null>(existing?.guskeyLevel ?? null);
  const [files, setFiles] = useState<NewEvidence[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [errors, setErrors] = useState<LogEntryErrors>({});
  const [saveError, setSaveError] = useState<string[]>([]);
  const { notify } = useToast();
  const unsaved = useUnsavedChanges(
    summary !== (existing?.summary ?? '') || detail !== (existing?.detail ?? '') || author !== (existing?.author ?? '') || tags !== (existing?.tags.join(', ') ?? '') || files.length > 0,
  );

  const attach = async () => {
    const { files: picked } = await api().openFiles({ purpose: 'evidence', multiple: true });
    const problems: string[] = [];
    const ok: NewEvidence[] = [];
    for (const f of picked) {
      if ('error' in f) problems.push(`${f.name} was not attached: ${f.error}`);
      else if (f.size > EVIDENCE_LIMIT_BYTES) problems.push(`${f.name} was not attached: it is larger than the 20 MB limit for evidence files.`);
      else ok.push({ name: f.name, size: f.size, bytes: f.bytes });
    }
    setFileErrors(problems);
    setFiles((all) => [...all, ...ok]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = parseUkDate(date) ?? '';
    const fields = { date: iso, kind, author, schoolIds, summary, detail, objectiveIds, actionIds, tags: parseTags(tags), guskeyLevel };
    const found = validateLogEntry(fields, data.schools.map((s) => s.id));
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await saveLogEntry(db, data.triad.id, existing, fields, files, removed);
      notify(`Impact log entry “${summary.trim()}” saved${files.length ? ` with ${files.length} evidence file${files.length === 1 ? '' : 's'}` : ''}.`);
      unsaved.saved();
      onDone();
    } catch (error) {
      if (error instanceof ImpactInputError) setSaveError(error.messages);
      else throw error;
    }
  };

  const messages = [...Object.values(errors), ...saveError].map((message) => ({ message: message ?? '' }));
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `Edit “${existing.summary}”` : 'New impact log entry'} className="panel">
      <h2>{existing ? `Edit “${existing.summary}”` : 'New impact log entry'}</h2>
      {unsaved.prompt}
      <ErrorSummary errors={messages} />
      <div className="field-row">
        <Field label="Date" hint="dd/mm/yyyy" error={errors.date}>
          {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Kind of evidence">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as ImpactKind)}>
              {IMPACT_KINDS.map((k) => (
                <option key={k} value={k}>{IMPACT_KIND_LABELS[k]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Level of impact" hint="How far it reaches, from reactions (1) to pupils’ outcomes (5)." error={errors.guskeyLevel}>
          {(p) => (
            <select {...p} value={guskeyLevel ?? ''} onChange={(e) => setGuskeyLevel(toGuskeyLevel(e.target.value))}>
              <option value="">Not graded</option>
              {GUSKEY_LEVELS.map((level) => (
                <option key={level} value={level}>{GUSKEY_LEVEL_LABELS[level]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Recorded by" error={errors.author}>
          {(p) => <input {...p} value={author} onChange={(e) => setAuthor(e.target.value)} />}
        </Field>
      </div>
      <CheckboxGroup legend="Schools" options={data.schools.map((s) => ({ id: s.id, label: s.name }))} chosen={schoolIds} onChange={setSchoolIds} error={errors.schoolIds} />
      <Field label="Summary" hint="One line: what was seen or heard" error={errors.summary}>
        {(p) => <input {...p} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <Field label="Detail">
        {(p) => <textarea {...p} value={detail} onChange={(e) => setDetail(e.target.value)} />}
      </Field>
      <CheckboxGroup legend="Plan objectives this speaks to" options={data.objectives.map((o) => ({ id: o.id, label: o.title }))} chosen={objectiveIds} onChange={setObjectiveIds} />
      <CheckboxGroup legend="Plan actions this speaks to" options={data.actions.map((a) => ({ id: a.id, label: a.title }))} chosen={actionIds} onChange={setActionIds} />
      <Field label="Tags" hint="Separate tags with commas, for example: writing, boys">
        {(p) => <input {...p} value={tags} onChange={(e) => setTags(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Evidence files</legend>
        <p className="hint">A copy of each file is kept in Triad Planner, so it stays available if the original is moved. Up to 20 MB each.</p>
        {fileErrors.map((m) => (
          <p className="error" role="alert" key={m}>{m}</p>
        ))}
        <ul>
          {(existing?.evidenceFileIds ?? []).map((id) => {
            const f = storedFiles.get(id);
            return f ? (
              <li key={id}>
                <label>
                  <input type="checkbox" checked={removed.includes(id)} onChange={(e) => setRemoved((all) => (e.target.checked ? [...all, id] : all.filter((x) => x !== id)))} /> Remove{' '}
                  {f.name} ({sizeLabel(f.size)}) when saving
                </label>
              </li>
            ) : null;
          })}
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name} ({sizeLabel(f.size)}){' '}
              <button type="button" className="link" onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}>
                Remove {f.name}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="secondary" onClick={attach}>Attach evidence files…</button>
      </fieldset>
      <div className="actions-row">
        <button type="submit">Save entry</button>
        <button type="button" className="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

function EntryCard({ entry, data, files, level = 3, onEdit }: { entry: ImpactLogEntry; data: ImpactData; files: StoredFiles; level?: 3 | 4; onEdit: (entry: ImpactLogEntry) => void }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { notify } = useToast();
  const names = (ids: string[], list: { id: string; name?: string; title?: string }[]) =>
    ids.map((id) => { const f = list.find((x) => x.id === id); return f?.name ?? f?.title; }).filter(Boolean).join(', ');
  const open = async (id: string) => {
    const file = await db.evidenceFiles.get(id);
    if (!file) return;
    const { outcome, fileName } = await api().openEvidence({ name: file.name, bytes: file.bytes });
    if (outcome === 'no-program') notify(`No program on this computer opens “${fileName}”. Install one, or ask the school that sent it for a PDF.`);
  };
  const remove = async () => {
    const trash = await deleteLogEntry(db, entry);
    notify(`Impact log entry “${entry.summary}” deleted.`, () => undoDelete(db, trash));
  };
  return (
    <article className="impact-log-entry" aria-label={entry.summary}>
      <Heading>{entry.summary}</Heading>
      <p className="meta">
        {formatDate(entry.date)} · {IMPACT_KIND_LABELS[entry.kind]} · {entry.author}
        {entry.guskeyLevel ? ` · Level ${GUSKEY_LEVEL_LABELS[entry.guskeyLevel]}` : ''}
        {entry.schoolIds.length ? ` · ${names(entry.schoolIds, data.schools)}` : ''}
      </p>
      {entry.detail ? <p>{entry.detail}</p> : null}
      {entry.objectiveIds.length ? <p>Objectives: {names(entry.objectiveIds, data.objectives)}</p> : null}
      {entry.actionIds.length ? (
        <p>
          Actions:{' '}
          {data.actions
            .filter((a) => entry.actionIds.includes(a.id))
            .map((a, i) => (
              <span key={a.id}>
                {i > 0 ? ', ' : ''}
                <Link to={`/impact/chain/action/${a.id}`}>
                  {a.title}
                </Link>
              </span>
            ))}
        </p>
      ) : null}
      {entry.tags.length ? (
        <p>
          Tags: {entry.tags.map((t) => <span className="badge" key={t}>{t}</span>)}
        </p>
      ) : null}
      {entry.evidenceFileIds.length ? (
        <ul aria-label="Evidence files">
          {entry.evidenceFileIds.map((id) => {
            const f = files.get(id);
            return f ? (
              <li key={id}>
                <button type="button" className="link" onClick={() => open(id)}>Open {f.name}</button> ({sizeLabel(f.size)})
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
      <div className="actions-row">
        <button type="button" className="secondary" onClick={() => onEdit(entry)}>Edit entry “{entry.summary}”</button>
        <button type="button" className="danger" onClick={remove}>Delete entry “{entry.summary}”</button>
      </div>
    </article>
  );
}

export function LogFilters({ data, filter, setFilter }: { data: ImpactData; filter: LogFilter; setFilter: (f: LogFilter) => void }) {
  const [from, setFrom] = useState(filter.from ? formatDate(filter.from) : '');
  const [to, setTo] = useState(filter.to ? formatDate(filter.to) : '');
  const fromIso = from.trim() ? parseUkDate(from) : '';
  const toIso = to.trim() ? parseUkDate(to) : '';
  const set = (patch: Partial<LogFilter>) => setFilter({ ...filter, ...patch });
  return (
    <section aria-label="Search and filter" className="panel">
      <h2>Search and filter</h2>
      <div className="field-row">
        <Field label="Search text">
          {(p) => <input {...p} type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value })} />}
        </Field>
        <Field label="School">
          {(p) => (
            <select {...p} value={filter.schoolId ?? ''} onChange={(e) => set({ schoolId: e.target.value })}>
              <option value="">All schools</option>
              {data.schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Kind">
          {(p) => (
            <select {...p} value={filter.kind ?? ''} onChange={(e) => set({ kind: e.target.value as ImpactKind | '' })}>
              <option value="">All kinds</option>
              {IMPACT_KINDS.map((k) => <option key={k} value={k}>{IMPACT_KIND_LABELS[k]}</option>)}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="From date" hint="dd/mm/yyyy" error={fromIso === null ? 'Enter a date as dd/mm/yyyy.' : undefined}>
          {(p) => <input {...p} value={from} onChange={(e) => { setFrom(e.target.value); const iso = e.target.value.trim() ? parseUkDate(e.target.value) : ''; if (iso !== null) set({ from: iso }); }} />}
        </Field>
        <Field label="To date" hint="dd/mm/yyyy" error={toIso === null ? 'Enter a date as dd/mm/yyyy.' : undefined}>
          {(p) => <input {...p} value={to} onChange={(e) => { setTo(e.target.value); const iso = e.target.value.trim() ? parseUkDate(e.target.value) : ''; if (iso !== null) set({ to: iso }); }} />}
        </Field>
        <Field label="Action">
          {(p) => (
            <select {...p} value={filter.actionId ?? ''} onChange={(e) => set({ actionId: e.target.value })}>
              <option value="">All actions</option>
              {data.actions.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
            </select>
          )}
        </Field>
        <Field label="Tag">
          {(p) => (
            <select {...p} value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value })}>
              <option value="">All tags</option>
              {allTags(data.log).map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}

export function LogView({ data }: { data: ImpactData }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ImpactLogEntry | null>(null);
  const [filter, setFilter] = useState<LogFilter>({});
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const edit = (entry: ImpactLogEntry) => {
    setAdding(false);
    setEditing(entry);
    window.scrollTo({ top: 0 });
  };
  const files: StoredFiles = useLiveQuery(
    async () => new Map((await db.evidenceFiles.where('triadId').equals(data.triad.id).toArray()).map((f) => [f.id, { id: f.id, name: f.name, size: f.size }])),
    [data.triad.id],
  ) ?? new Map();
  const shown = filterLog(data.log, filter);
  return (
    <Page title="Impact log" lede="What was seen and heard across the triad: lesson observations, staff and pupil voice, CPD evaluations and visits, with the evidence kept alongside.">
      {editing ? (
        <EntryForm key={editing.id} data={data} existing={editing} storedFiles={files} onDone={() => setEditing(null)} />
      ) : adding ? (
        <EntryForm data={data} storedFiles={files} onDone={() => setAdding(false)} />
      ) : (
        <div className="actions-row">
          <button type="button" onClick={() => setAdding(true)}>Add an entry</button>
        </div>
      )}
      <LogFilters data={data} filter={filter} setFilter={setFilter} />
      <fieldset>
        <legend>Show entries as</legend>
        <label><input type="radio" name="log-view" checked={view === 'list'} onChange={() => setView('list')} /> A list</label>{' '}
        <label><input type="radio" name="log-view" checked={view === 'timeline'} onChange={() => setView('timeline')} /> A timeline by month</label>
      </fieldset>
      <h2>
        Entries ({shown.length} of {data.log.length})
      </h2>
      {data.log.length === 0 ? <p>No entries yet. Add the first one above.</p> : shown.length === 0 ? <p>No entries match the search and filters.</p> : null}
      {view === 'list' ? (
        shown.map((entry) => <EntryCard key={entry.id} entry={entry} data={data} files={files} onEdit={edit} />)
      ) : (
        <ol className="impact-timeline" aria-label="Timeline">
          {groupByMonth(shown).map(([month, entries]) => (
            <li key={month}>
              <h3>{monthLabel(month)}</h3>
              {entries.map((entry) => <EntryCard key={entry.id} entry={entry} data={data} files={files} level={4} onEdit={edit} />)}
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
