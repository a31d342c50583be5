import { headlineMeasure, headlineSeries } from '../../../core/headline';
import { IMPACT_KINDS, type ImpactKind } from '../../../core/model';
import type { PlanDocument } from '../../../core/plan-document';
import type { TriadPrintData } from '../../../db/print-data';
import { ImpactSummary } from '../../impact/ImpactSummary';
import { TrendChart } from '../../impact/TrendChart';

const KIND_LABELS: Record<ImpactKind, string> = {
  'lesson-observation': 'Lesson observations',
  'staff-voice': 'Staff voice',
  'pupil-voice': 'Pupil voice',
  'cpd-evaluation': 'CPD evaluations',
  leadership: 'Leadership',
  'governor-visit': 'Governor visits',
  other: 'Other',
};

/** The plan's impact section: the Impact area's summary and trend chart, then the impact log in numbers. */
export function ImpactSection({ data, document: doc }: { data: TriadPrintData; document: PlanDocument }) {
  const measure = headlineMeasure(data);
  const series = headlineSeries(data);
  const { triad } = data;
  const schools = data.schools.filter((s) => s.triadId === triad.id);
  const firstYear = doc.years[0]?.year ?? triad.firstYear;
  const lastYear = doc.years[doc.years.length - 1]?.year ?? firstYear;
  const entries = data.impactLog.filter((e) => e.date >= `${firstYear}-09-01` && e.date <= `${lastYear + 1}-08-31`);
  return (
    <section aria-labelledby="impact-title" className="impact-section">
      <h2 id="impact-title">Impact summary</h2>
      <ImpactSummary triad={triad} schools={schools} measures={data.measures} results={data.results} comparators={data.comparators} headingLevel={3} />
      {measure && series.years.length > 0 ? (
        <TrendChart
          title={`${measure.name} by school`}
          years={series.years}
          series={series.schools.map((s) => ({ name: s.school, values: s.values }))}
          baselineYear={triad.baselineYear}
          unit={measure.unit}
          tableOpen
          width={640}
          height={280}
        />
      ) : null}
      <h3>Impact log</h3>
      {entries.length === 0 ? (
        <p>No impact-log entries in this period.</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Kind of evidence</th>
              <th scope="col" className="num">
                Entries
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPACT_KINDS.filter((kind) => entries.some((e) => e.kind === kind)).map((kind) => (
              <tr key={kind}>
                <td>{KIND_LABELS[kind]}</td>
                <td className="num">{entries.filter((e) => e.kind === kind).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
