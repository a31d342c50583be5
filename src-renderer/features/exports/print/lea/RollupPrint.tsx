import { formatDate } from '../../../../core/dates';
import { formatPoints, formatRelative } from '../../../../core/impact-stats';
import { formatPounds, sumPence } from '../../../../core/money';
import { formatPercent, type Rollup, type RollupTriadRow, type ShareFigures } from '../../../../core/rollup';
import { db } from '../../../../db';
import { readStashedRollup, type StashedRollup } from '../../../../db/print-data';
import { PrintMessage } from '../PrintMessage';
import { usePrintReady } from '../use-print-ready';
import { usePrintLoad } from '../use-triad-print-data';

/** `/print/rollup`: the roll-up the adviser had open, left in the settings table for this window. */
export function RollupPrint() {
  const loaded = usePrintLoad(() => readStashedRollup(db), 'rollup');
  if (loaded.state === 'loading') return <p>Preparing the roll-up…</p>;
  if (loaded.state !== 'ready') return <PrintMessage title="No roll-up to print">Open triads’ files in the LEA roll-up first.</PrintMessage>;
  return <RollupDocument stash={loaded.data} />;
}

function RollupDocument({ stash }: { stash: StashedRollup }) {
  const { rollup } = stash;
  const authorities = [...new Set(rollup.triads.map((t) => t.localAuthority).filter(Boolean))].join(', ') || 'the LEA';
  const title = `LEA roll-up: ${rollup.triads.length === 1 ? '1 triad' : `${rollup.triads.length} triads`}, ${rollup.schools.length} schools`;
  usePrintReady(true, { title, author: authorities, subject: `Triads’ impact and money, by cohort, for ${authorities}` });
  return (
    <main className="print-doc wide">
      <h1 className="doc-title">{title}</h1>
      <p>
        Prepared {formatDate(stash.preparedAt.slice(0, 10))} from {stash.fileNames.length === 1 ? '1 file' : `${stash.fileNames.length} files`} (listed at the end). Money is
        for each triad’s whole programme, in academic years.
      </p>
      <SharesTable rollup={rollup} />
      <MoneyTable rollup={rollup} />
      <SchoolsTable rollup={rollup} />
      <section aria-labelledby="files-title" className="files">
        <h2 id="files-title">Files the roll-up was built from</h2>
        <ol className="file-list">
          {stash.fileNames.map((name, i) => (
            <li key={`${i}-${name}`}>{name}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}

function SharesTable({ rollup }: { rollup: Rollup }) {
  const row = (c: ShareFigures, total = false) => (
    <tr key={c.cohort} className={total ? 'total' : undefined}>
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
    </tr>
  );
  return (
    <section aria-labelledby="rollup-shares">
      <h2 id="rollup-shares">Schools that improved</h2>
      <p>
        Each school’s latest results on its triad’s headline measure, compared with its baseline. Marked improvement means improving by <strong>{rollup.thresholdText}</strong>.
        Shares are of the schools with both a baseline and a later result.
      </p>
      <table className="print-table">
        <colgroup>
          <col style={{ width: '30%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '20%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col" className="num">Triads</th>
            <th scope="col" className="num">Schools</th>
            <th scope="col" className="num">With results</th>
            <th scope="col" className="num">Improved on baseline</th>
            <th scope="col" className="num">Improved by {rollup.thresholdText}</th>
          </tr>
        </thead>
        <tbody>{rollup.cohorts.map((c) => row(c))}</tbody>
        <tfoot>{row({ ...rollup.overall, cohort: 'All cohorts (LEA total)' }, true)}</tfoot>
      </table>
    </section>
  );
}

function moneyCells(rows: RollupTriadRow[]) {
  const total = (key: 'allocationPence' | 'committedPence' | 'spentPence' | 'remainingPence') => sumPence(rows.map((r) => r[key]));
  const allocation = total('allocationPence');
  const spent = total('spentPence');
  return (
    <>
      <td className="num">{formatPounds(allocation)}</td>
      <td className="num">{formatPounds(total('committedPence'))}</td>
      <td className="num">{formatPounds(spent)}</td>
      <td className="num">{formatPounds(total('remainingPence'))}</td>
      <td className="num">{allocation === 0 ? '–' : `${Math.round((spent / allocation) * 100)}%`}</td>
    </>
  );
}

function MoneyTable({ rollup }: { rollup: Rollup }) {
  const cohorts = [...new Set(rollup.triads.map((t) => t.cohort))];
  return (
    <section aria-labelledby="rollup-money">
      <h2 id="rollup-money">Money by triad</h2>
      <table className="print-table">
        <colgroup>
          <col style={{ width: '35%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '9%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Triad</th>
            <th scope="col" className="num">Allocation</th>
            <th scope="col" className="num">Committed</th>
            <th scope="col" className="num">Spent</th>
            <th scope="col" className="num">Remaining</th>
            <th scope="col" className="num">Share spent</th>
          </tr>
        </thead>
        {cohorts.map((cohort) => {
          const rows = rollup.triads.filter((t) => t.cohort === cohort);
          return (
            <tbody key={cohort}>
              <tr className="group">
                <th scope="colgroup" colSpan={6}>
                  {cohort}
                </th>
              </tr>
              {rows.map((t) => (
                <tr key={t.triadId}>
                  <th scope="row">{t.triad}</th>
                  {moneyCells([t])}
                </tr>
              ))}
              <tr className="subtotal">
                <th scope="row">Total, {cohort}</th>
                {moneyCells(rows)}
              </tr>
            </tbody>
          );
        })}
        <tfoot>
          <tr className="total">
            <th scope="row">All cohorts (LEA total)</th>
            {moneyCells(rollup.triads)}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function SchoolsTable({ rollup }: { rollup: Rollup }) {
  return (
    <section aria-labelledby="rollup-schools">
      <h2 id="rollup-schools">Each school’s change on its headline measure</h2>
      <table className="print-table">
        <colgroup>
          <col style={{ width: '19%' }} />
          <col style={{ width: '27%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '7%' }} />
        </colgroup>
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
              <td className="num">{formatPoints(s.changePoints).replace(/ points?$/, '').replace('not available', '–')}</td>
              <td className="num">{formatRelative(s.changeRelative).replace('not available', '–')}</td>
              <td>{s.improved === null ? 'No results' : s.aboveThreshold ? 'Yes, by more than the threshold' : s.improved ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
