import { formatPounds } from '../../../core/money';
import { formatPoints, formatRelative, isSmallCohort, SMALL_COHORT_PUPILS } from '../../../core/impact-stats';
import { formatPercent, type Rollup, type ShareFigures } from '../../../core/rollup';

type Heading = 'h2' | 'h3';

/** The roll-up's three tables; the same on screen and in the PDF. */
export function RollupTables({ rollup, heading: H = 'h2' }: { rollup: Rollup; heading?: Heading }) {
  return (
    <>
      <section aria-labelledby="rollup-shares">
        <H id="rollup-shares">Schools that improved</H>
        <p>
          Each school’s latest results on its triad’s headline measure, compared with its baseline. Marked improvement means improving by{' '}
          <strong>{rollup.thresholdText}</strong>. Shares are counts of schools with both a baseline and a later result; the last column weights
          each school by its eligible pupils (the share of pupils in schools that improved, counting only schools whose pupil numbers are known).
        </p>
        {rollup.overall.smallCohorts > 0 ? (
          <p className="warning">
            {rollup.overall.smallCohorts === 1 ? '1 school rests' : `${rollup.overall.smallCohorts} schools rest`} on {SMALL_COHORT_PUPILS} or fewer eligible pupils
            (marked “small cohort” below): there one pupil is 10 points or more.
          </p>
        ) : null}
        {rollup.overall.notComparable > 0 ? (
          <p className="warning">
            {rollup.overall.notComparable === 1 ? '1 school is' : `${rollup.overall.notComparable} schools are`} not compared: their latest results are from another
            assessment era than the baseline (see below).
          </p>
        ) : null}
        <table className="data print-table rollup-shares">
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col" className="num">Triads</th>
              <th scope="col" className="num">Schools</th>
              <th scope="col" className="num">With results</th>
              <th scope="col" className="num">Improved on baseline</th>
              <th scope="col" className="num">Improved by {rollup.thresholdText}</th>
              <th scope="col" className="num">Improved, pupil-weighted</th>
            </tr>
          </thead>
          <tbody>
            {rollup.cohorts.map((c) => (
              <ShareRow key={c.cohort} figures={c} />
            ))}
          </tbody>
          <tfoot>
            <ShareRow figures={rollup.overall} />
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="rollup-money">
        <H id="rollup-money">Money by triad</H>
        <p>Each triad’s allocation for the whole programme, what it has committed and spent, and what remains.</p>
        <table className="data print-table">
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Triad</th>
              <th scope="col" className="num">Allocation</th>
              <th scope="col" className="num">Committed</th>
              <th scope="col" className="num">Spent</th>
              <th scope="col" className="num">Remaining</th>
            </tr>
          </thead>
          <tbody>
            {rollup.triads.map((t) => (
              <tr key={t.triadId}>
                <td>{t.cohort}</td>
                <th scope="row">{t.triad}</th>
                <td className="num">{formatPounds(t.allocationPence)}</td>
                <td className="num">{formatPounds(t.committedPence)}</td>
                <td className="num">{formatPounds(t.spentPence)}</td>
                <td className="num">{formatPounds(t.remainingPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="rollup-schools">
        <H id="rollup-schools">Each school’s change on its headline measure</H>
        <table className="data print-table">
          <thead>
            <tr>
              <th scope="col">Triad</th>
              <th scope="col">School</th>
              <th scope="col">Headline measure</th>
              <th scope="col" className="num">Baseline</th>
              <th scope="col" className="num">Latest</th>
              <th scope="col" className="num">Change (points)</th>
              <th scope="col" className="num">Change (relative)</th>
              <th scope="col">Improved</th>
              <th scope="col" className="num">Eligible pupils</th>
            </tr>
          </thead>
          <tbody>
            {rollup.schools.map((s) => (
              <tr key={s.schoolId}>
                <td>{s.triad}</td>
                <th scope="row">{s.school}</th>
                <td>{s.measure ?? 'None chosen'}</td>
                <td className="num">{s.baseline === null ? '–' : `${s.baseline} (${s.baselineYear})`}</td>
                <td className="num">{s.latest === null ? '–' : `${s.latest} (${s.latestYear})`}</td>
                <td className="num">{formatPoints(s.changePoints)}</td>
                <td className="num">{formatRelative(s.changeRelative)}</td>
                <td>{s.problem ? s.problem : s.improved === null ? 'No results' : s.aboveThreshold ? 'Yes, by more than the threshold' : s.improved ? 'Yes' : 'No'}</td>
                <td className="num">{s.pupils === null ? 'Not known' : `${s.pupils}${isSmallCohort(s.pupils) ? ' — small cohort' : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function ShareRow({ figures: c }: { figures: ShareFigures }) {
  return (
    <tr>
      <th scope="row">{c.cohort}</th>
      <td className="num">{c.triads}</td>
      <td className="num">{c.schools}</td>
      <td className="num">{c.withResults}</td>
      <td className="num">
        {formatPercent(c.improvedPercent)} ({c.improved})
      </td>
      <td className="num">
        {formatPercent(c.aboveThresholdPercent)} ({c.aboveThreshold})
      </td>
      <td className="num">
        {c.improvedPupilPercent === null ? 'No pupil numbers' : `${formatPercent(c.improvedPupilPercent)} of ${c.pupilsCounted} pupils`}
        {c.withoutPupils > 0 && c.improvedPupilPercent !== null ? ` (${c.withoutPupils} school${c.withoutPupils === 1 ? '' : 's'} without pupil numbers left out)` : ''}
      </td>
    </tr>
  );
}
