import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { ensureDefaultMeasures } from '../../db/impact';
import { currentTriad } from '../../db/triads';
import type { Action, Comparator, ImpactLogEntry, LedgerEntry, Measure, Objective, Result, School, Triad } from '../../core/model';

export interface ImpactData {
  triad: Triad;
  schools: School[];
  measures: Measure[];
  results: Result[];
  comparators: Comparator[];
  objectives: Objective[];
  actions: Action[];
  ledger: LedgerEntry[];
  log: ImpactLogEntry[];
}

/**
 * Everything the Impact area shows, kept live. Creates the default measures on first use.
 * `undefined` while loading; `null` when no triad has been set up.
 */
export function useImpactData(): ImpactData | null | undefined {
  const [measuresReady, setMeasuresReady] = useState<string | null>(null);
  const data = useLiveQuery(async (): Promise<ImpactData | null> => {
    const triad = await currentTriad(db);
    if (!triad) return null;
    const [schools, measures, results, comparators, plans, ledger, log] = await Promise.all([
      db.schools.where('triadId').equals(triad.id).toArray(),
      db.measures.where('triadId').equals(triad.id).toArray(),
      db.results.where('triadId').equals(triad.id).toArray(),
      db.comparators.where('triadId').equals(triad.id).toArray(),
      db.plans.where('triadId').equals(triad.id).toArray(),
      db.ledgerEntries.filter((e) => e.triadId === triad.id).toArray(),
      db.impactLog.where('triadId').equals(triad.id).toArray(),
    ]);
    const planIds = plans.sort((a, b) => a.year - b.year).map((p) => p.id);
    const [objectives, actions] = await Promise.all([
      db.objectives.where('planId').anyOf(planIds).toArray(),
      db.actions.where('planId').anyOf(planIds).toArray(),
    ]);
    const planOrder = (planId: string) => planIds.indexOf(planId);
    objectives.sort((a, b) => planOrder(a.planId) - planOrder(b.planId) || a.order - b.order);
    const objectiveOrder = (objectiveId: string) => objectives.findIndex((o) => o.id === objectiveId);
    schools.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
    return {
      triad,
      schools,
      measures: measures.sort((a, b) => a.order - b.order),
      results,
      comparators,
      objectives,
      actions: actions.sort((a, b) => objectiveOrder(a.objectiveId) - objectiveOrder(b.objectiveId) || a.order - b.order),
      ledger,
      log,
    };
  }, []);
  const triadId = data?.triad.id;
  const noMeasures = data ? data.measures.length === 0 : false;
  useEffect(() => {
    if (triadId && noMeasures && measuresReady !== triadId) {
      setMeasuresReady(triadId);
      void ensureDefaultMeasures(db, triadId);
    }
  }, [triadId, noMeasures, measuresReady]);
  if (data && data.measures.length === 0) return undefined;
  return data;
}
