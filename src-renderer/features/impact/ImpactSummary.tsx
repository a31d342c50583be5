import {
  aboveThresholdLabel, describeDerivation, describeRate, describeShare, formatNumber, formatPoints, formatRelative, isSmallCohort, pointsPerPupil, rateAgainst,
  SMALL_COHORT_PUPILS,
} from '../../core/impact-stats';
import { latestYearAfter, measureImpact, ResultIndex, type MeasureImpact } from '../../core/impact-measures';
import type { Comparator, Measure, Result, School, Triad } from '../../core/model';

export interface ImpactSummaryProps {
  triad: Triad;
  schools: School[];
  measures: Measure[];
  results: Result[];
  comparators: Comparator[];
  /** Year to compare with the baseline; defaults to the latest year after the baseline with results. */
  latestYear?: number | null;
  /** Heading level of the summary's own heading (its measures use the next level). */
  headingLevel?: 2 | 3;
}

/** The headline measure first, then the rest in order. */
export function measuresHeadlineFirst(triad: Pick<Triad, 'headlineMeasureId'>, measures: readonly Measure[]): Measure[] {
  return [...measures].sort((a, b) => Number(b.id === triad.headlineMeasureId) - Number(a.id === triad.headlineMeasureId) || a.order - b.order);
}

const SCOPE_LABEL = { national: 'national', 'local-authority': 'local authority' } as const;

function yesNo(flag: boolean | null): string {
  return flag === null ? 'No data' : flag ? 'Yes' : 'No';
}

function value(v: number | null, unit: Measure['unit']): string {
  return v === null ? 'No result' : `${formatNumber(v)}${unit === 'percent' ? '%' : ''}`;
}

/** The smaller of the two cohorts a change rests on (the one a single pupil moves most). */
function restsOn(pupils: { baseline: number | null; latest: number | null } | undefined): number | null {
  const known = [pupils?.baseline, pupils?.latest].filter((n): n is number => typeof n === 'number' && n > 0);
  return known.length ? Math.min(...known) : null;
}

function describePupils(pupils: number | null): string {
  if (pupils === null) return 'Not known';
  return `${pupils} (${pointsPerPupil(pupils)})${isSmallCohort(pupils) ? ' — small cohort' : ''}`;
}

/** Schools whose change rests on 10 or fewer pupils, flagged wherever a share is shown. */
export function smallCohorts(impact: Pick<MeasureImpact, 'pupilsBySchool' | 'improvement'>): { schoolId: string; pupils: number }[] {
  return impact.improvement.perSchool.flatMap(({ schoolId }) => {
    const pupils = restsOn(impact.pupilsBySchool[schoolId]);
    return pupils !== null && isSmallCohort(pupils) ? [{ schoolId, pupils }] : [];
  });
}

/**
 * The computed impact for every measure: per-school change from baseline, the share of schools
 * improved, the share above the threshold (always with the threshold's description) and the rate
 * against national and local-authority figures. Presentational: the PDF export reuses it.
 */
export function ImpactSummary({ triad, schools, measures, results, comparators, latestYear, headingLevel = 2 }: ImpactSummaryProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const HH = `h${headingLevel + 1}` as 'h3' | 'h4';
  const index = new ResultIndex(results);
  const compareYear = latestYear === undefined ? latestYearAfter(results, triad.baselineYear) : latestYear;
  const nameOf = (id: string) => measures.find((m) => m.id === id)?.name ?? 'a removed measure';
  const impacts: MeasureImpact[] = measuresHeadlineFirst(triad, measures).map((measure) =>
    measureImpact({
      measure, schoolIds: schools.map((s) => s.id), results: index, comparators, baselineYear: triad.baselineYear,
      latestYear: compareYear, threshold: triad.improvementThreshold, thresholdKind: triad.thresholdKind,
    }),
  );
  const headline = measures.find((m) => m.id === triad.headlineMeasureId);
  return (
    <section className="impact-summary" aria-labelledby="impact-summary-heading">
      <H id="impact-summary-heading">Impact against the {triad.baselineYear} baseline</H>
      <p>
        {compareYear === null
          ? `No results after the ${triad.baselineYear} baseline have been entered yet.`
          : `${compareYear} results compared with the ${triad.baselineYear} baseline.`}{' '}
        Improvement threshold: <span className="impact-threshold">{impacts[0]?.improvement.thresholdDescription}</span> (exactly at the
        threshold does not count).
      </p>
      {headline ? (
        <p>
          Headline measure: <strong>{headline.name}</strong>, the {describeDerivation(headline, nameOf)}.
        </p>
      ) : null}
      {impacts.map((impact) => {
        const { measure, improvement } = impact;
        const schoolName = (id: string) => schools.find((s) => s.id === id)?.name ?? 'Unknown school';
        return (
          <section key={measure.id} aria-label={measure.name} className="panel">
            <HH>{measure.name}</HH>
            {impact.problem ? (
              <p className="warning impact-era-problem">{impact.problem}</p>
            ) : null}
            <p className="impact-figure">
              Schools improved on their {triad.baselineYear} results: <strong>{describeShare(improvement.improved)}</strong>
            </p>
            <p className="impact-figure">
              {aboveThresholdLabel(improvement.threshold, improvement.thresholdKind)}: <strong>{describeShare(improvement.aboveThreshold)}</strong>
            </p>
            {smallCohorts(impact).length > 0 ? (
              <p className="warning impact-small-cohort">
                Small cohort{smallCohorts(impact).length === 1 ? '' : 's'} ({SMALL_COHORT_PUPILS} or fewer eligible pupils):{' '}
                {smallCohorts(impact)
                  .map(({ schoolId, pupils }) => `${schoolName(schoolId)} rests on ${pupils} pupil${pupils === 1 ? '' : 's'} (${pointsPerPupil(pupils)})`)
                  .join('; ')}
                . A change there is a few children, not a trend: read these shares with care.
              </p>
            ) : null}
            <p>
              Triad average change: {formatPoints(impact.triadChangePoints)}
              {impact.comparators.map((c) =>
                c.change.points === null ? null : (
                  <span key={c.scope}>
                    ; {SCOPE_LABEL[c.scope]}: {formatPoints(c.change.points)} — {describeRate(rateAgainst(impact.triadChangePoints, c.change.points), SCOPE_LABEL[c.scope])}
                  </span>
                ),
              )}
              .
            </p>
            <table className="data">
              <caption className="visually-hidden">Change from baseline in {measure.name}, by school</caption>
              <thead>
                <tr>
                  <th scope="col">School</th>
                  <th scope="col" className="num">Baseline {triad.baselineYear}</th>
                  <th scope="col" className="num">Latest {compareYear ?? ''}</th>
                  <th scope="col" className="num">{measure.unit === 'percent' ? 'Change (percentage points)' : 'Change'}</th>
                  <th scope="col" className="num">Change (relative)</th>
                  <th scope="col">Eligible pupils</th>
                  <th scope="col">Improved</th>
                  <th scope="col">{improvement.thresholdKind === 'percentage-points' ? 'Improved by ' : 'With '}{improvement.thresholdDescription}</th>
                </tr>
              </thead>
              <tbody>
                {improvement.perSchool.map((s) => (
                  <tr key={s.schoolId}>
                    <th scope="row">{schoolName(s.schoolId)}</th>
                    <td className="num">{value(s.baseline, measure.unit)}</td>
                    <td className="num">{value(s.latest, measure.unit)}</td>
                    <td className="num">{formatPoints(s.change.points)}</td>
                    <td className="num">{formatRelative(s.change.relativePercent)}</td>
                    <td>{describePupils(restsOn(impact.pupilsBySchool[s.schoolId]))}</td>
                    <td>{yesNo(s.improved)}</td>
                    <td>{yesNo(s.aboveThreshold)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}
