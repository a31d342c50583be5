import { useMemo, useState } from 'react';
import { formatDate, todayIso, academicYearLabel, academicYearOf } from '../../../core/dates';
import { csvBytes } from '../../../core/rollup';
import { directoryCsv, filterDirectory, NO_FILTER, notReturnedThisYear, type DirectoryFilter } from '../../../core/network-directory';
import { NETWORK_KINDS, networkKindLabel, type NetworkKind } from '../../../core/network-kinds';
import { Field } from '../../../ui/Field';
import { EmptyState, Page } from '../../../ui/Page';
import { useDirectory } from '../use-directory';
import { useExporter } from '../use-exporter';
import { ImportSheets } from './ImportSheets';

const TEXT_FILTERS: [Exclude<keyof DirectoryFilter, 'kind'>, string][] = [
  ['text', 'Search'],
  ['focus', 'Focus'],
  ['school', 'School or URN'],
  ['area', 'LA area'],
  ['coLeader', 'Co-leader'],
];

/** The adviser's directory of networks: one entry per network, with its latest sheet. */
export function DirectoryView() {
  const entries = useDirectory();
  const [filter, setFilter] = useState<DirectoryFilter>(NO_FILTER);
  const exporter = useExporter();
  const today = todayIso();
  const shown = useMemo(() => filterDirectory(entries ?? [], filter), [entries, filter]);
  const missing = useMemo(() => notReturnedThisYear(entries ?? [], today), [entries, today]);
  const schools = new Set(entries?.flatMap((e) => e.sheet.schools.map((s) => s.urn)) ?? []).size;

  return (
    <Page title="Directory of networks" lede="The networks of the authority, from the identification sheets they return. The directory is kept in this copy of Triad Planner.">
      <ImportSheets />
      {entries === undefined ? <p role="status">Loading…</p> : null}
      {entries && entries.length === 0 ? (
        <EmptyState title="No networks yet">
          <p>Import the identification sheets networks sent you to start the directory.</p>
        </EmptyState>
      ) : null}
      {entries && entries.length > 0 ? (
        <>
          <p>
            {entries.length === 1 ? '1 network' : `${entries.length} networks`}, {schools === 1 ? '1 school' : `${schools} schools`}.
          </p>
          <div className="actions-row">
            <button type="button" onClick={() => void exporter.csv('Directory of networks.csv', csvBytes(directoryCsv(entries)))} disabled={exporter.busy}>
              Export directory as CSV
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void exporter.pdf({ route: '/print/network-directory', suggestedName: 'The work of our networks.pdf', headerText: 'The work of our networks', landscape: false })}
              disabled={exporter.busy}
            >
              Export booklet as PDF
            </button>
            {exporter.busy ? <span role="status">Exporting…</span> : null}
          </div>
          {exporter.failure ? <p className="warning" role="alert">{exporter.failure}</p> : null}
          <section aria-labelledby="not-returned-heading">
            <h2 id="not-returned-heading">Not returned a sheet in {academicYearLabel(academicYearOf(today))}</h2>
            {missing.length === 0 ? (
              <p>Every network has returned a sheet this year.</p>
            ) : (
              <ul className="lea-list" aria-labelledby="not-returned-heading">
                {missing.map((e) => (
                  <li key={e.networkId}>
                    {e.sheet.name} (last sheet received {formatDate(e.receivedOn)}; {e.sheet.coLeaders.map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', ')).join('; ')})
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="find-heading">
            <h2 id="find-heading">Find networks</h2>
            <div className="field-row lea-filters">
              <Field label="Kind">
                {(c) => (
                  <select {...c} value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as NetworkKind | '' })}>
                    <option value="">Any kind</option>
                    {NETWORK_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {networkKindLabel(k)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {TEXT_FILTERS.map(([key, label]) => (
                <Field key={key} label={label}>
                  {(c) => <input {...c} type="search" value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })} />}
                </Field>
              ))}
            </div>
            <p role="status">{shown.length === entries.length ? `Showing all ${entries.length} networks.` : `${shown.length} of ${entries.length} networks match.`}</p>
            <table className="data">
              <caption className="visually-hidden">Networks</caption>
              <thead>
                <tr>
                  <th scope="col">Network</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Focus</th>
                  <th scope="col">Schools</th>
                  <th scope="col">Co-leaders</th>
                  <th scope="col">Sheet received</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.networkId}>
                    <th scope="row">{e.sheet.name}</th>
                    <td>{networkKindLabel(e.sheet.kind)}</td>
                    <td>{e.sheet.focus}</td>
                    <td>{e.sheet.schools.map((s) => s.name).join(', ')}</td>
                    <td>{e.sheet.coLeaders.map((c) => c.name).join(', ')}</td>
                    <td>
                      {formatDate(e.receivedOn)}
                      {e.sheetsReceived > 1 ? ` (${e.sheetsReceived} sheets in its history)` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </Page>
  );
}
