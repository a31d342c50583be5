import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { api } from '../../../api';
import { readCsv } from '../../../core/budget-csv';
import { formatDate, parseUkDate, todayIso } from '../../../core/dates';
import { auditFigures, auditSentences, parseAuditCsv, type AuditAnswers } from '../../../core/network-audit';
import { NETWORK_KINDS, networkKindLabel, type NetworkKind } from '../../../core/network-kinds';
import { db } from '../../../db';
import { saveAuditResponses } from '../../../db/networks';
import { ErrorSummary, Field } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toaster';
import { useExporter } from '../use-exporter';
import { AuditFiguresList } from './AuditFiguresList';

const EMPTY_KINDS = Object.fromEntries(NETWORK_KINDS.map((k) => [k, ''])) as Record<NetworkKind, string>;

/** The audit of schools' networking: a questionnaire per school, and the report's figures. */
export function AuditView() {
  const responses = useLiveQuery(() => db.auditResponses.toArray(), []) ?? [];
  const exporter = useExporter();
  const { notify } = useToast();
  const [urn, setUrn] = useState('');
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [date, setDate] = useState(formatDate(todayIso()));
  const [kinds, setKinds] = useState(EMPTY_KINDS);
  const [gains, setGains] = useState('');
  const [needs, setNeeds] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const figures = auditFigures(responses);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = parseUkDate(date);
    const found = [
      ...(/^\d{6,7}$/.test(urn.trim()) ? [] : ['Enter the school’s URN (six or seven digits).']),
      ...(name.trim() ? [] : ['Enter the school’s name.']),
      ...(iso ? [] : ['Enter the date of the visit as dd/mm/yyyy.']),
    ];
    setErrors(found);
    if (found.length > 0 || !iso) return;
    const networks = NETWORK_KINDS.flatMap((kind) => kinds[kind].split(';').map((n) => n.trim()).filter(Boolean).map((n) => ({ kind, name: n })));
    const answers: AuditAnswers = { urn: urn.trim(), schoolName: name.trim(), area: area.trim(), answeredOn: iso, networks, gains, needs };
    await saveAuditResponses(db, [answers]);
    notify(`Questionnaire for ${answers.schoolName} saved.`);
    setUrn('');
    setName('');
    setArea('');
    setKinds(EMPTY_KINDS);
    setGains('');
    setNeeds('');
  }

  async function importCsv() {
    const { files } = await api().openFiles({ purpose: 'audit-csv', multiple: false });
    const file = files[0];
    if (!file) return;
    if ('error' in file) {
      setErrors([file.error]);
      return;
    }
    const table = readCsv(file.bytes);
    const parsed = parseAuditCsv(table.headers, table.rows);
    if (!parsed.ok) {
      setErrors([`${file.name} was not imported. Nothing was changed.`, ...parsed.errors]);
      return;
    }
    setErrors([]);
    const count = await saveAuditResponses(db, parsed.responses);
    notify(`${count === 1 ? '1 questionnaire' : `${count} questionnaires`} imported from ${file.name}.`);
  }

  return (
    <Page title="Networking audit" lede="A questionnaire for each school, entered on a visit or imported from a spreadsheet of responses, and the figures of the audit report.">
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="questionnaire-heading">
        <h2 id="questionnaire-heading">Enter a questionnaire</h2>
        <div className="field-row">
          <Field label="URN">{(c) => <input {...c} inputMode="numeric" value={urn} onChange={(e) => setUrn(e.target.value)} />}</Field>
          <Field label="School">{(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
          <Field label="LA area">{(c) => <input {...c} value={area} onChange={(e) => setArea(e.target.value)} />}</Field>
          <Field label="Date of visit" hint="dd/mm/yyyy">{(c) => <input {...c} value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        </div>
        <fieldset>
          <legend>Networks the school belongs to</legend>
          <p className="hint">Name each network; separate two of the same kind with “;”. Leave blank where the school has none.</p>
          <div className="field-row">
            {NETWORK_KINDS.map((kind) => (
              <Field key={kind} label={networkKindLabel(kind)}>
                {(c) => <input {...c} value={kinds[kind]} onChange={(e) => setKinds({ ...kinds, [kind]: e.target.value })} />}
              </Field>
            ))}
          </div>
        </fieldset>
        <Field label="What the school gains from networking">{(c) => <textarea {...c} rows={2} value={gains} onChange={(e) => setGains(e.target.value)} />}</Field>
        <Field label="What it needs from the LEA">{(c) => <textarea {...c} rows={2} value={needs} onChange={(e) => setNeeds(e.target.value)} />}</Field>
        <div className="actions-row">
          <button type="submit">Save questionnaire</button>
          <button type="button" className="secondary" onClick={() => void importCsv()}>
            Import responses from a CSV…
          </button>
        </div>
      </form>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Audit figures</h2>
        {responses.length === 0 ? (
          <p>No questionnaires yet.</p>
        ) : (
          <>
            <ul className="lea-list" aria-label="Audit figures in brief">
              {auditSentences(figures).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <div className="actions-row">
              <button type="button" onClick={() => void exporter.pdf({ route: '/print/network-audit', suggestedName: 'Networking audit.pdf', headerText: 'Networking audit', landscape: false })} disabled={exporter.busy}>
                Export audit report as PDF
              </button>
              {exporter.busy ? <span role="status">Exporting…</span> : null}
            </div>
            {exporter.failure ? <p className="warning" role="alert">{exporter.failure}</p> : null}
            <AuditFiguresList figures={figures} />
          </>
        )}
      </section>
    </Page>
  );
}
