import { aboveThresholdLabel, describeRate, describeShare, formatNumber, formatPoints, formatRelative, rateAgainst } from '../../../../core/impact-stats';
import { latestYearAfter, measureImpact, ResultIndex, type MeasureImpact } from '../../../../core/impact-measures';
import { IMPACT_KINDS, type ImpactKind, type Measure, type Result } from '../../../../core/model';
import type { PlanDocument } from '../../../../core/plan-document';
import type { TriadPrintData } from '../../../../db/print-data';
import { MarkerKey, PrintLineChart } from '../PrintLineChart';

const KIND_LABELS: Record<ImpactKind, string> = {
  'lesson-observation': 'Lesson observations',
  'staff-voice': 'Staff voice',
  'pupil-voice': 'Pupil voice',
  'cpd-evaluation': 'CPD evaluations',
  leadership: 'Leadership',
  'governor-visit': 'Governor visits',
  other: 'Other',
};

const SCOPE_LABEL = { national: 'national', 'local-authority': 'local authority' } as const;
const KEYS = 'ABCDEFGHIJ';

/**
 * The results this document may speak of: up to the summer of its last year. A one-year plan is
 * judged on that year's results only; the whole programme shows the trend to its end.
 */
export function resultsInScope(results: readonly Result[], lastPlanYear: number): Result[] {
  return results.filter((r) => r.year <= lastPlanYear + 1);
}

function value(v: number | null, unit: Measure['unit']): string {
  return v === null ? '–' : `${formatNumber(v)}${unit === 'percent' ? '%' : ''}`;
}

const yesNo = (flag: boolean | null) => (flag === null ? '–' : flag ? 'Yes' : 'No');

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function PlanImpact({ data, document: doc }: { data: TriadPrintData; document: PlanDocument }) {
  const { triad } = data;
  const lastYear = doc.years.at(-1)?.year ?? triad.firstYear;
  const firstYear = doc.years[0]?.year ?? lastYear;
  const results = resultsInScope(data.results, lastYear);
  const schools = data.schools.filter((s) => s.triadId === triad.id).sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
  const index = new ResultIndex(results);
  const compareYear = latestYearAfter(results, triad.baselineYear);
  const ordered = [...data.measures].sort((a, b) => Number(b.id === triad.headlineMeasureId) - Number(a.id === triad.headlineMeasureId) || a.order - b.order);
  const hasResults = (m: Measure) => schools.some((s) => [triad.baselineYear, compareYear].some((y) => y !== null && index.value(m, s.id, y) !== null));
  const shown = ordered.filter(hasResults);
  const empty = ordered.filter((m) => !hasResults(m));
  const impacts: MeasureImpact[] = shown.map((measure) =>
    measureImpact({
      measure, schoolIds: schools.map((s) => s.id), results: index, comparators: data.comparators, baselineYear: triad.baselineYear,
      latestYear: compareYear, threshold: triad.improvementThreshold, thresholdKind: triad.thresholdKind,
    }),
  );
  const headline = ordered.find((m) => m.id === triad.headlineMeasureId) ?? shown[0];
  const years = [...new Set(results.map((r) => r.year))].filter((y) => y >= triad.baselineYear).sort((a, b) => a - b);
  const keyOf = (i: number) => KEYS[i] ?? String(i + 1);
  const entries = data.impactLog.filter((e) => e.date >= `${firstYear}-09-01` && e.date <= `${lastYear + 1}-08-31`);
  const thresholdHeading = aboveThresholdLabel(triad.improvementThreshold, triad.thresholdKind).replace(/^Schools /, '');
  return (
    <section aria-labelledby="impact-title" className="impact-section">
      <h2 id="impact-title">{`Impact against the ${triad.baselineYear} baseline`}</h2>
      <p>
        {compareYear === null
          ? `No results after the ${triad.baselineYear} baseline up to ${lastYear + 1} have been entered yet.`
          : `${compareYear} results compared with the ${triad.baselineYear} baseline.`}{' '}
        A school counts as improved by the threshold only when it improved by {impacts[0]?.improvement.thresholdDescription ?? `more than ${triad.improvementThreshold}`} (exactly at the threshold does not count).
      </p>
      {empty.length > 0 ? (
        <p className="note">
          {listNames(empty.map((m) => m.name))} {empty.length === 1 ? 'has' : 'have'} no results yet, so {empty.length === 1 ? 'it is' : 'they are'} left out.
        </p>
      ) : null}
      {headline && years.length > 0 && hasResults(headline) ? (
        <div className="chart-block">
          <PrintLineChart
            title={`${headline.name}, ${years.length > 1 ? `${years[0]} to ${years.at(-1)}` : years[0]}, by school`}
            labels={years.map((y) => (y === triad.baselineYear ? `${y} (baseline)` : String(y)))}
            series={schools.map((s, i) => ({ key: keyOf(i), name: s.name, values: years.map((y) => index.value(headline, s.id, y)) }))}
            unit={headline.unit === 'percent' ? 'percent' : 'number'}
          />
          <table className="print-table chart-figures">
            <colgroup>
              <col style={{ width: `${100 - years.length * 12}%` }} />
              {years.map((y) => (
                <col key={y} style={{ width: '12%' }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">School (line on the chart)</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schools.map((s, i) => (
                <tr key={s.id}>
                  <th scope="row">
                    <MarkerKey index={i} /> {keyOf(i)}: {s.name}
                  </th>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {value(index.value(headline, s.id, y), headline.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {impacts.map((impact) => (
        <MeasureBlock key={impact.measure.id} impact={impact} schools={schools} thresholdHeading={thresholdHeading} />
      ))}
      <h3>Impact log</h3>
      {entries.length === 0 ? (
        <p>No impact-log entries in this period.</p>
      ) : (
        <table className="print-table impact-log">
          <colgroup>
            <col style={{ width: '70%' }} />
            <col style={{ width: '30%' }} />
          </colgroup>
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

function MeasureBlock({ impact, schools, thresholdHeading }: { impact: MeasureImpact; schools: { id: string; name: string }[]; thresholdHeading: string }) {
  const { measure, improvement } = impact;
  const name = (id: string) => schools.find((s) => s.id === id)?.name ?? 'Unknown school';
  return (
    <div className="measure">
      <h3>{measure.name}</h3>
      <p>
        Improved on their {impact.baselineYear} results: <strong>{describeShare(improvement.improved)}</strong>. {thresholdHeading.charAt(0).toUpperCase() + thresholdHeading.slice(1)}:{' '}
        <strong>{describeShare(improvement.aboveThreshold)}</strong>. Triad average change: {formatPoints(impact.triadChangePoints)}
        {impact.comparators.map((c) =>
          c.change.points === null ? null : (
            <span key={c.scope}>
              ; {SCOPE_LABEL[c.scope]}: {formatPoints(c.change.points)}, {describeRate(rateAgainst(impact.triadChangePoints, c.change.points), SCOPE_LABEL[c.scope])}
            </span>
          ),
        )}
        .
      </p>
      <table className="print-table measure-table">
        <colgroup>
          <col style={{ width: '31%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '14%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col" className="num">Baseline {impact.baselineYear}</th>
            <th scope="col" className="num">Latest {impact.latestYear ?? ''}</th>
            <th scope="col" className="num">{measure.unit === 'percent' ? 'Change (points)' : 'Change'}</th>
            <th scope="col" className="num">Change (relative)</th>
            <th scope="col">Improved</th>
            <th scope="col">{thresholdHeading.charAt(0).toUpperCase() + thresholdHeading.slice(1)}</th>
          </tr>
        </thead>
        <tbody>
          {improvement.perSchool.map((s) => (
            <tr key={s.schoolId}>
              <th scope="row">{name(s.schoolId)}</th>
              <td className="num">{value(s.baseline, measure.unit)}</td>
              <td className="num">{value(s.latest, measure.unit)}</td>
              <td className="num">{formatPoints(s.change.points).replace(' points', '').replace(' point', '').replace('not available', '–')}</td>
              <td className="num">{formatRelative(s.change.relativePercent).replace('not available', '–')}</td>
              <td>{yesNo(s.improved)}</td>
              <td>{yesNo(s.aboveThreshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
