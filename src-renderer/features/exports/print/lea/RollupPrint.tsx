import { useEffect, useState } from 'react';
import { formatDate } from '../../../../core/dates';
import { db } from '../../../../db';
import { readStashedRollup, type StashedRollup } from '../../../../db/print-data';
import { RollupTables } from '../../../lea/rollup/RollupTables';
import { PrintMessage } from '../PrintMessage';
import { usePrintReady } from '../use-print-ready';

/** `/print/rollup`: the roll-up the adviser had open, left in the settings table for this window. */
export function RollupPrint() {
  const [stash, setStash] = useState<StashedRollup | null | undefined>(undefined);
  useEffect(() => {
    void readStashedRollup(db).then(setStash, () => setStash(null));
  }, []);
  usePrintReady(Boolean(stash), 'LEA roll-up');
  if (stash === undefined) return <p>Preparing the roll-up…</p>;
  if (stash === null) return <PrintMessage title="No roll-up to print">Open triads’ files in the LEA roll-up first.</PrintMessage>;
  const { rollup } = stash;
  return (
    <main className="print-doc wide">
      <h1 className="doc-title">LEA roll-up: {rollup.triads.length === 1 ? '1 triad' : `${rollup.triads.length} triads`}, {rollup.schools.length} schools</h1>
      <p>
        Prepared {formatDate(stash.preparedAt.slice(0, 10))} from {stash.fileNames.length === 1 ? '1 file' : `${stash.fileNames.length} files`}: {stash.fileNames.join(', ')}.
      </p>
      <RollupTables rollup={rollup} />
    </main>
  );
}
