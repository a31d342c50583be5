import { headlineMeasure, headlineRows, headlineSeries } from '../../../core/headline';
import { describeThreshold, describeShare, formatPoints, formatRelative, triadImprovement } from '../../../core/impact-stats';
import { IMPACT_KINDS, type ImpactKind } from '../../../core/model';
import type { PlanDocument } from '../../../core/plan-document';
import type { TriadPrintData } from '../../../db/print-data';
import { HeadlineChart } from './HeadlineChart';

const KIND_LABELS: Record<ImpactKind, string> = {
  'lesson-observation': 'Lesson observations',
  'staff-voice': 'Staff voice',
  'pupil-voice': 'Pupil voice',
  'cpd-evaluation': 'CPD evaluations',
  leadership: 'Leadership',
  'governor-visit': 'Governor visits',
  other: 'Other',
};

/** The plan's impact section: each school's change on the headline measure, a chart, and the impact log in numbers. */
export function ImpactSection({ data, document: doc }: { data: TriadPrintData; document: PlanDocument }) {
  const measure = headlineMeasure(data);
  const { triad } = data;
  const rows = headlineRows(data, triad.improvementThreshold, triad.thresholdKind);
  const shares = triadImprovement({
    schools: rows.map((r) => r.schoolId),
    baselineBySchool: Object.fromEntries(rows.map((r) => [r.schoolId, r.baseline])),
    latestBySchool: Object.fromEntries(rows.map((r) => [r.schoolId, r.latest])),
    threshold: triad.improvementThreshold,
    thresholdKind: triad.thresholdKind,
    higherIsBetter: measure?.higherIsBetter ?? true,
  });
  const series = headlineSeries(data);
  const threshold = describeThreshold(triad.improvementThreshold, triad.thresholdKind);
  const firstYear = doc.years[0]?.year ?? triad.firstYear;
  const lastYear = doc.years[doc.years.length - 1]?.year ?? firstYear;
  const entries = data.impactLog.filter((e) => e.date >= `${firstYear}-09-01` && e.date <= `${lastYear + 1}-08-31`);
  return (
    <section aria-labelledby="impact-title">
      <h2 id="impact-title">Impact summary</h2>
      {!measure ? (
        <p>No headline measure has been chosen yet, so there are no results to compare with the baseline.</p>
      ) : (
        <>
          <p>
            Headline measure: <strong>{measure.name}</strong>. Baseline: {triad.baselineYear} results. Marked improvement means improving by {threshold}.
          </p>
          <ul>
            <li>Improved on the baseline: {describeShare(shares.improved)}.</li>
            <li>
              Improved by {threshold}: {describeShare(shares.aboveThreshold)}.
            </li>
          </ul>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col" className="num">
                  Baseline ({triad.baselineYear})
                </th>
                <th scope="col" className="num">
                  Latest
                </th>
                <th scope="col" className="num">
                  Change (points)
                </th>
                <th scope="col" className="num">
                  Change (relative)
                </th>
                <th scope="col">Improved by {threshold}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.schoolId}>
                  <td>{c.school}</td>
                  <td className="num">{c.baseline ?? '–'}</td>
                  <td className="num">{c.latest === null ? '–' : `${c.latest} (${c.latestYear})`}</td>
                  <td className="num">{formatPoints(c.changePoints)}</td>
                  <td className="num">{formatRelative(c.changeRelative)}</td>
                  <td>{c.aboveThreshold === null ? 'No results yet' : c.aboveThreshold ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {series.years.length > 0 ? (
            <HeadlineChart title={`${measure.name} by school and results year`} years={series.years} schools={series.schools} max={measure.unit === 'percent' ? 100 : Math.max(1, ...series.schools.flatMap((s) => s.values.map((v) => v ?? 0)))} />
          ) : null}
        </>
      )}
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
