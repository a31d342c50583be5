import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { NameLookups } from '../../core/budget-csv';
import { academicYearLabel } from '../../core/dates';
import type { School } from '../../core/model';
import { db } from '../../db';
import { ensureBudgetLines, loadBudgetData, type BudgetData } from '../../db/budget';

/** Every budget record of the triad, kept live; creates the default lines on first use. */
export function useBudgetData(triadId: string): BudgetData | undefined {
  useEffect(() => {
    void ensureBudgetLines(db, triadId);
  }, [triadId]);
  return useLiveQuery(() => loadBudgetData(db, triadId), [triadId]);
}

export function useNames(data: BudgetData | undefined, schools: School[] | undefined): NameLookups {
  return useMemo(() => {
    const lines: Record<string, string> = {};
    const actions: Record<string, string> = {};
    const schoolNames: Record<string, string> = {};
    for (const l of data?.lines ?? []) lines[l.id] = l.name;
    for (const a of data?.actions ?? []) actions[a.id] = `${a.title} (${academicYearLabel(a.planYear)})`;
    for (const s of schools ?? []) schoolNames[s.id] = s.name;
    return { lines, actions, schools: schoolNames };
  }, [data, schools]);
}
