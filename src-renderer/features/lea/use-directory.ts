import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { loadCameos, loadDirectory } from '../../db/networks';

export function useDirectory() {
  return useLiveQuery(() => loadDirectory(db), []);
}

export function useCameos() {
  return useLiveQuery(() => loadCameos(db), []);
}
