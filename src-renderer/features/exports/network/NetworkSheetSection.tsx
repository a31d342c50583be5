import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { todayIso } from '../../../core/dates';
import { encodeNetworkFile, NETWORK_FILE_EXTENSION, parseNetworkFile, type CoLeader, type NetworkSheet } from '../../../core/network-file';
import { NETWORK_KINDS, networkKindLabel, type NetworkKind } from '../../../core/network-kinds';
import { draftSheet } from '../../../core/network-sheet-draft';
import { nowIso } from '../../../core/ids';
import { db } from '../../../db';
import { SHEET_PRINT_KEY } from '../../../db/networks';
import { putSetting } from '../../../db/records';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';
import { appVersion } from '../../../app/services/backup-service';
import { useExportPdf } from '../../../shared/use-export-pdf';
import { messageOf, useExchangeFolder } from '../../../shared/use-exchange-folder';
import { CoLeadersEditor } from './CoLeadersEditor';
import { fileDate, type LoadedSource } from './use-sheet-source';

/**
 * The network identification sheet the LEA asks every network for: drafted from the app's
 * records, edited here, sent as a checked network file and printed as one page.
 */
export function NetworkSheetSection({ source, onCoLeaders }: { source: LoadedSource | null | undefined; onCoLeaders: (coLeaders: CoLeader[]) => void }) {
  const [sheet, setSheetState] = useState<NetworkSheet | null>(null);
  const setSheet = (next: NetworkSheet) => {
    setSheetState(next);
    onCoLeaders(next.coLeaders);
  };
  const [problem, setProblem] = useState<string | null>(null);
  const { notify } = useToast();
  const pdf = useExportPdf();
  const exchange = useExchangeFolder();
  useEffect(() => {
    if (source && !sheet) setSheetState(draftSheet(source, todayIso()));
  }, [source, sheet]);
  if (!source || !sheet) return null;
  const set = <K extends keyof NetworkSheet>(key: K, value: NetworkSheet[K]) => setSheet({ ...sheet, [key]: value });

  /** The sheet exactly as the LEA's copy will read it, or the reason it would be refused. */
  async function checked(): Promise<{ bytes: Uint8Array; ready: NetworkSheet } | null> {
    setProblem(null);
    // Who prepared it defaults to the first co-leader, if the head left it blank.
    const ready = { ...sheet!, preparedBy: sheet!.preparedBy.trim() || (sheet!.coLeaders[0]?.name ?? '') };
    setSheet(ready);
    const bytes = await encodeNetworkFile({ appVersion: await appVersion(), createdAt: nowIso(), content: { document: 'identification-sheet', sheet: ready } });
    const parsed = await parseNetworkFile(bytes);
    if (!parsed.ok) {
      setProblem(parsed.error.replace('Nothing was changed.', 'Correct it, then export again.'));
      return null;
    }
    return { bytes, ready };
  }

  const sheetFileName = (ready: NetworkSheet) => `Identification sheet ${ready.name} ${fileDate(ready.preparedOn)}.${NETWORK_FILE_EXTENSION}`;

  async function exportFile() {
    const made = await checked();
    if (!made) return;
    const result = await api().saveFile({ purpose: 'network-file', suggestedName: sheetFileName(made.ready), bytes: made.bytes });
    if (result.saved) notify(`Identification sheet saved as ${result.fileName}. Send it to the LEA.`);
  }

  /** Into the folder the LEA reads (kept in sync by the authority's storage, or a memory stick). */
  async function saveToExchangeFolder() {
    const made = await checked();
    if (!made) return;
    try {
      const { fileName } = await api().saveToExchangeFolder({ purpose: 'network-file', suggestedName: sheetFileName(made.ready), bytes: made.bytes });
      notify(`Identification sheet saved in the exchange folder as ${fileName}.`);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  async function exportPdf() {
    const made = await checked();
    if (!made) return;
    await putSetting(db, SHEET_PRINT_KEY, made.ready);
    await pdf.exportPdf({ route: '/print/network-sheet', suggestedName: `Identification sheet ${made.ready.name}.pdf`, headerText: made.ready.name, landscape: false });
  }

  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <section aria-labelledby="network-sheet-heading">
      <h2 id="network-sheet-heading">Network identification sheet for the LEA</h2>
      <p>Drafted from your schools, leaders, focus, partners and recent monitoring and impact-log entries. Edit anything before you send it.</p>
      <div className="field-row">
        <Field label="Network name">{(c) => <input {...c} value={sheet.name} onChange={(e) => set('name', e.target.value)} />}</Field>
        <Field label="Kind of network">
          {(c) => (
            <select {...c} value={sheet.kind} onChange={(e) => set('kind', e.target.value as NetworkKind)}>
              {NETWORK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {networkKindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Year the network began" hint="The first year of the academic year, e.g. 2003 for 2003/04.">
          {(c) => <input {...c} inputMode="numeric" value={String(sheet.startedYear)} onChange={(e) => set('startedYear', Number(e.target.value) || 0)} />}
        </Field>
      </div>
      <Field label="Learning focus">{(c) => <input {...c} value={sheet.focus} onChange={(e) => set('focus', e.target.value)} />}</Field>
      <table>
        <caption>Member schools</caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col">URN</th>
            <th scope="col">LA area</th>
          </tr>
        </thead>
        <tbody>
          {sheet.schools.map((s, i) => (
            <tr key={s.urn}>
              <th scope="row">{s.name}</th>
              <td>{s.urn}</td>
              <td>
                <input aria-label={`LA area of ${s.name}`} value={s.area} onChange={(e) => set('schools', sheet.schools.map((x, j) => (j === i ? { ...x, area: e.target.value } : x)))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CoLeadersEditor value={sheet.coLeaders} onChange={(v) => set('coLeaders', v)} />
      <Field label="Partners beyond the network" hint="One a line: the partner, a dash, what it provides.">
        {(c) => (
          <textarea
            {...c}
            rows={3}
            value={sheet.partners.map((p) => (p.provides ? `${p.name} – ${p.provides}` : p.name)).join('\n')}
            onChange={(e) => set('partners', lines(e.target.value).map((l) => { const [name, ...rest] = l.split(/\s[–-]\s/); return { name: name!.trim(), provides: rest.join(' – ').trim() }; }))}
          />
        )}
      </Field>
      <Field label="Our collaborative work" hint="A short account for the LEA’s directory.">
        {(c) => <textarea {...c} rows={4} value={sheet.collaborativeWork} onChange={(e) => set('collaborativeWork', e.target.value)} />}
      </Field>
      <Field label="Recent activity">{(c) => <textarea {...c} rows={5} value={sheet.recentActivity} onChange={(e) => set('recentActivity', e.target.value)} />}</Field>
      <Field label="Prepared by">{(c) => <input {...c} value={sheet.preparedBy} onChange={(e) => set('preparedBy', e.target.value)} />}</Field>
      {problem ? (
        <p className="warning" role="alert">
          {problem}
        </p>
      ) : null}
      {pdf.failure ? (
        <p className="warning" role="alert">
          {pdf.failure}
        </p>
      ) : null}
      <div className="actions-row">
        <button type="button" onClick={() => void exportFile()}>
          Export identification sheet for the LEA
        </button>
        <button type="button" className="secondary" onClick={() => void exportPdf()} disabled={pdf.busy}>
          Export identification sheet as PDF
        </button>
        {exchange.folder ? (
          <button type="button" className="secondary" onClick={() => void saveToExchangeFolder()}>
            Save to the exchange folder
          </button>
        ) : null}
        {exchange.folder !== undefined ? (
          <button type="button" className="secondary" onClick={() => void exchange.choose()}>
            {exchange.folder ? 'Choose another exchange folder…' : 'Choose an exchange folder…'}
          </button>
        ) : null}
      </div>
      {exchange.folder ? <p className="hint">Exchange folder (the LEA reads from it): {exchange.folder}</p> : null}
    </section>
  );
}
