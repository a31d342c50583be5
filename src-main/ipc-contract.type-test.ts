/**
 * Type-level test of the IPC contract, checked by `tsc -p tsconfig.main.json` (npm run typecheck);
 * it is never run. Each `@ts-expect-error` below is a drift that must NOT compile: if one of them
 * starts compiling, tsc reports the unused directive and the type check fails. So a method declared
 * inconsistently — no handler, a handler of the wrong shape, a renderer call of the wrong shape, a
 * name missing from the contract — is a compile error, not a surprise at run time.
 */
import type { Handlers } from './ipc/handlers';
import { API_METHOD_NAMES, type Api, type ApiArg, type ApiMethodName, type ApiResult, type OpenedByAssociation } from './ipc-contract';

declare const handlers: Handlers;
declare const api: Api;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const proves = <T extends true>(): T => true as T;

// The complete table compiles.
export const complete: Handlers = { ...handlers };

// A method in the contract with no handler.
const { reportError: _unhandled, ...withoutReportError } = handlers;
// @ts-expect-error -- reportError is in the contract, so a table without it is incomplete
export const missingHandler: Handlers = withoutReportError;

export const extraHandler: Handlers = {
  ...handlers,
  // @ts-expect-error -- a handler for a method the contract does not declare
  deleteEverything: async () => ({}),
};

export const wrongResult: Handlers = {
  ...handlers,
  // @ts-expect-error -- getPreferences must answer Preferences, and welcomeDismissed is a boolean
  getPreferences: async () => ({ welcomeDismissed: 'yes', autoBackupMinutes: 15 }),
};

export const wrongArgument: Handlers = {
  ...handlers,
  // @ts-expect-error -- readAutoBackup's schema says its id is a string
  readAutoBackup: async (arg: { id: number }) => handlers.readAutoBackup({ id: String(arg.id) }),
};

export async function rendererCalls(): Promise<void> {
  await api.reportError({ message: 'Budget failed to draw', area: 'Budget' });
  // @ts-expect-error -- not one of the file purposes the contract lists
  await api.saveFile({ purpose: 'anything', suggestedName: 'x.csv', bytes: new Uint8Array() });
  // @ts-expect-error -- the renderer never names a path
  await api.saveFile({ purpose: 'csv-export', suggestedName: 'x.csv', bytes: new Uint8Array(), path: '/tmp/x.csv' });
  // @ts-expect-error -- a method the contract does not declare does not exist on window.api
  await api.deleteEverything();
  // @ts-expect-error -- reportError needs a message
  await api.reportError({ area: 'Budget' });
}

// The names list is exactly the contract's methods.
export const firstName: ApiMethodName = API_METHOD_NAMES[0]!;
// @ts-expect-error -- a name that is not in the contract
export const strayName: (typeof API_METHOD_NAMES)[number] = 'deleteEverything';

// Argument and result types are the schemas' types.
export const argumentTypes = proves<Equal<ApiArg<'readAutoBackup'>, { id: string }>>();
export const resultTypes = proves<Equal<ApiResult<'getOpenedFile'>, OpenedByAssociation | null>>();
export const everyMethodHasAHandler = proves<Equal<keyof Handlers, ApiMethodName>>();
