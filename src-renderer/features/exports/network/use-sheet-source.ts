import { useEffect, useState } from 'react';
import { db } from '../../../db';
import { loadSheetSource } from '../../../db/networks';

export type LoadedSource = NonNullable<Awaited<ReturnType<typeof loadSheetSource>>>;

/** The records a sheet or cameo is drafted from, read once when the section opens. */
export function useSheetSource(): LoadedSource | null | undefined {
  const [source, setSource] = useState<LoadedSource | null | undefined>(undefined);
  useEffect(() => {
    void loadSheetSource(db).then(setSource, () => setSource(null));
  }, []);
  return source;
}

export function fileDate(today: string): string {
  const [y, m, d] = today.split('-');
  return `${d}-${m}-${y}`;
}
