import type { DBCore, Middleware } from 'dexie';
import { RECORD_TABLES, recordProblem, recordWord, type RecordTable } from '../core/record-schemas';

/** Thrown when a write would store a record the app could not show; nothing is written. */
export class InvalidRecordError extends Error {
  constructor(
    readonly table: RecordTable,
    readonly problem: string,
  ) {
    super(`This ${recordWord(table)} could not be saved because ${problem} is not allowed (too long, out of range or not the right kind of value). Nothing was changed.`);
    this.name = 'InvalidRecordError';
  }
}

const KNOWN = new Set<string>(RECORD_TABLES);

/**
 * Checks every record written to the database against the same validator that guards files
 * (`core/record-schemas.ts`), at Dexie's lowest layer, so no form, import or restore can store
 * what a backup of it would then be refused for. A failing write rejects, and its transaction
 * rolls back with everything else in it.
 */
export function recordGuard(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'record-guard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (!KNOWN.has(tableName)) return table;
        return {
          ...table,
          mutate: (request) => {
            // A schema upgrade carries what an earlier release stored, even where today's limits
            // are stricter: refusing it would leave the database unable to open. The screens
            // render such a record defensively instead.
            if ((request.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(request);
            if (request.type === 'add' || request.type === 'put') {
              for (const value of request.values) {
                const problem = recordProblem(tableName as RecordTable, value);
                if (problem) return Promise.reject(new InvalidRecordError(tableName as RecordTable, problem));
              }
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}
