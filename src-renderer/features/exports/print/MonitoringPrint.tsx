import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { formatDate } from '../../../core/dates';
import { buildMonitoringRecord, TERMS, TERM_WORDS, nextTerm, type Term } from '../../../core/progress';
import { db } from '../../../db';
import { loadMonitoringData } from '../../../db/progress';
import { PrintMessage } from './PrintMessage';
import { usePrintReady } from './use-print-ready';

type Loaded = Awaited<ReturnType<typeof loadMonitoringData>>;

/**
 * `/print/monitoring?year=2003&term=autumn`: the term's monitoring record in the shape LEA
 * networks keep termly logs — per priority, intended outcomes, activity this term, planned next
 * term, status. Only progress: the amendment history is the plan's business, not this record's.
 */
export function MonitoringPrint() {
  const params = new URLSearchParams(useLocation().search);
  const year = Number(params.get('year'));
  const term = params.get('term') as Term;
  const valid = Number.isInteger(year) && year > 1900 && TERMS.includes(term);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    if (valid) void loadMonitoringData(db, year).then(setLoaded);
  }, [valid, year]);
  if (!valid) return <PrintMessage title="Nothing to print">The year or term of the monitoring record was not given.</PrintMessage>;
  if (loaded === undefined) return <p>Preparing the monitoring record…</p>;
  if (loaded === null) return <PrintMessage title="No triad set up yet">Set up the triad before printing its monitoring record.</PrintMessage>;
  return <MonitoringDocument data={loaded} year={year} term={term} />;
}

function MonitoringDocument({ data, year, term }: { data: NonNullable<Loaded>; year: number; term: Term }) {
  const record = useMemo(() => buildMonitoringRecord({ year, term, ...data }), [data, year, term]);
  const title = `${data.triad.name}: ${record.title}`;
  usePrintReady(true, title);
  const following = nextTerm(term);
  return (
    <main className="print-doc">
      <h1>{title}</h1>
      <p className="note">
        Period {formatDate(record.period.start)} to {formatDate(record.period.end)}. Status is as at the end of the term.
      </p>
      {record.priorities.length === 0 ? <p>The plan for this year has no priorities yet.</p> : null}
      {record.priorities.map((priority) => (
        <section key={priority.number} className="keep-together">
          <h2>
            Priority {priority.number}: {priority.title}
          </h2>
          <p>
            <strong>Intended outcomes:</strong> {priority.intendedOutcomes.join('; ') || 'None recorded.'}
          </p>
          <table>
            <caption className="visually-hidden">Monitoring of priority {priority.number}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Activity this term</th>
                <th scope="col">{following ? `Planned for the ${TERM_WORDS[following].toLowerCase()}` : 'Planned next'}</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {priority.actions.map((action, index) => (
                <tr key={index}>
                  <td>{action.title}</td>
                  <td>{action.activity.join(' ') || 'No activity recorded this term.'}</td>
                  <td>{action.next || '–'}</td>
                  <td>{action.statusWords}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
