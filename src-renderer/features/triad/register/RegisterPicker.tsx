import { useMemo, useState } from 'react';
import { api } from '../../../api';
import { describeReport, filterRegister, registerAuthorities, registerPhases, type RegisterSchool } from '../../../core/gias-register';
import { formatDate } from '../../../core/dates';
import { Field } from '../../../ui/Field';
import { Progress } from '../../../ui/Progress';
import { parseRegisterInWorker, setLoadedRegister, useLoadedRegister } from './register-import';

const SHOWN = 50;
const SKIPPED_SHOWN = 200;

/**
 * Imports a Get Information About Schools CSV, reports what was read and skipped, and lets the
 * head filter, search and pick a school to fill in its details.
 */
export function RegisterPicker({ onUse }: { onUse: (school: RegisterSchool, closedReason: string) => void }) {
  const register = useLoadedRegister();
  // A closed school needs a reason before it can be used (some share a name and address with their open successor).
  const [closedChoice, setClosedChoice] = useState<{ urn: string; reason: string; error?: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [laCode, setLaCode] = useState('');
  const [phase, setPhase] = useState('');
  const [search, setSearch] = useState('');

  const importRegister = async () => {
    setError(null);
    const { files } = await api().openFiles({ purpose: 'register-csv', multiple: false });
    const file = files[0];
    if (!file) return;
    if (!('bytes' in file)) {
      setError(`${file.name}: ${file.error}`);
      return;
    }
    setProgress(0);
    try {
      const result = await parseRegisterInWorker(file.bytes, setProgress);
      if (!result.ok) {
        setError(`${file.name}: ${result.error}`);
        return;
      }
      setLaCode('');
      setPhase('');
      setSearch('');
      setLoadedRegister({ fileName: file.name, schools: result.schools, report: result.report });
    } finally {
      setProgress(null);
    }
  };

  const authorities = useMemo(() => (register ? registerAuthorities(register.schools) : []), [register]);
  const phases = useMemo(() => (register ? registerPhases(register.schools) : []), [register]);
  const matches = useMemo(
    () => (register ? filterRegister(register.schools, { laCode, phase, search }) : []),
    [register, laCode, phase, search],
  );

  return (
    <section className="panel" aria-labelledby="register-heading">
      <h2 id="register-heading">Pick schools from the school register</h2>
      <p>
        Download the establishment data from <em>Get Information About Schools</em> as a CSV file, then import it here to fill
        in a school’s details. The register is kept only while the app is open.
      </p>
      <div className="actions-row">
        <button type="button" onClick={importRegister} disabled={progress !== null}>
          {register ? 'Import another register' : 'Import a school register (CSV)'}
        </button>
      </div>
      {progress !== null ? <Progress label="Reading the school register" value={Math.round(progress * 100)} max={100} /> : null}
      {error ? (
        <div className="error-message" role="alert">
          <p>{error}</p>
          <p>Nothing has been changed.</p>
        </div>
      ) : null}
      {register ? (
        <>
          <section aria-labelledby="register-report-heading" className="success">
            <h3 id="register-report-heading">Import report: {register.fileName}</h3>
            {describeReport(register.report).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {register.report.skipped.length > 0 ? (
              <>
                <p>Rows skipped, and why:</p>
                <ul className="skipped-rows" tabIndex={0} aria-label="Rows skipped">
                  {register.report.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
                    <li key={s.row}>
                      Row {s.row}: {s.reason}
                    </li>
                  ))}
                  {register.report.skipped.length > SKIPPED_SHOWN ? (
                    <li>…and {register.report.skipped.length - SKIPPED_SHOWN} more.</li>
                  ) : null}
                </ul>
              </>
            ) : null}
          </section>
          <div className="field-row">
            <Field label="Local authority">
              {(p) => (
                <select {...p} value={laCode} onChange={(e) => setLaCode(e.target.value)}>
                  <option value="">All local authorities</option>
                  {authorities.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.name} ({a.code})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Phase">
              {(p) => (
                <select {...p} value={phase} onChange={(e) => setPhase(e.target.value)}>
                  <option value="">All phases</option>
                  {phases.map((ph) => (
                    <option key={ph} value={ph}>
                      {ph}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Search by name or URN">
              {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
            </Field>
          </div>
          <p role="status">
            {matches.length === 0
              ? 'No schools match.'
              : matches.length > SHOWN
                ? `${matches.length.toLocaleString('en-GB')} schools match; showing the first ${SHOWN}. Narrow the search to see others.`
                : `${matches.length} ${matches.length === 1 ? 'school matches' : 'schools match'}.`}
          </p>
          {matches.length > 0 ? (
            <div className="register-results" tabIndex={0} role="region" aria-label="Matching schools">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">School</th>
                    <th scope="col">URN</th>
                    <th scope="col">DfE number</th>
                    <th scope="col">Phase</th>
                    <th scope="col">Address</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Use</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {matches.slice(0, SHOWN).map((s) => (
                    <tr key={s.urn}>
                      <td>{s.name}</td>
                      <td>{s.urn}</td>
                      <td>{s.dfeNumber}</td>
                      <td>{s.phase}</td>
                      <td>
                        {s.address}
                        {s.postcode ? ` ${s.postcode}` : ''}
                      </td>
                      <td>
                        {s.closed ? <strong>Closed: </strong> : null}
                        {s.status || '—'}
                        {s.closeDate ? ` (closed ${formatDate(s.closeDate)})` : ''}
                        {s.links.map((l) => (
                          <span key={l.urn} className="register-link">
                            <br />
                            {l.relation === 'successor' ? 'Successor' : 'Predecessor'}: {l.name || 'a linked school'} (URN {l.urn})
                          </span>
                        ))}
                      </td>
                      <td>
                        {s.closed && closedChoice?.urn === s.urn ? (
                          <div className="register-closed-reason">
                            <Field label={`Why add ${s.name}, which is closed?`} error={closedChoice.error}>
                              {(p) => <input {...p} value={closedChoice.reason} onChange={(e) => setClosedChoice({ urn: s.urn, reason: e.target.value })} />}
                            </Field>
                            <button
                              type="button"
                              className="secondary"
                              onClick={() => {
                                if (!closedChoice.reason.trim()) setClosedChoice({ ...closedChoice, error: 'Give the reason for adding a closed school, or choose its open successor.' });
                                else {
                                  onUse(s, closedChoice.reason.trim());
                                  setClosedChoice(null);
                                }
                              }}
                            >
                              Use this closed school
                            </button>
                          </div>
                        ) : (
                          <button
                            type="button"
                            className="secondary"
                            aria-label={`Use this school: ${s.name}`}
                            onClick={() => (s.closed ? setClosedChoice({ urn: s.urn, reason: '' }) : onUse(s, ''))}
                          >
                            Use this school
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
