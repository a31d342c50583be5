/**
 * The home view's data, kept live, and started as early as the app allows: the first screen is
 * the one a head waits for, so its one database read (db/home.ts) begins as soon as the start-up
 * check is over, while React is still rendering the shell, rather than after the view has mounted.
 * When nothing shows the home view for a few seconds the query stops, so other areas pay nothing.
 */
import { liveQuery } from 'dexie';
import { api } from '../../api';
import { db } from '../../db';
import { readHome, type HomeData } from '../../db/home-plan';
import { whenUpgradeChecked } from '../../app/services/upgrade-on-start';

const STOP_AFTER_MS = 5_000;

let value: HomeData | undefined;
let failure: unknown = null;
let subscription: { unsubscribe(): void } | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function changed() {
  listeners.forEach((listener) => listener());
}

function start() {
  if (subscription) return;
  // Marks on the page's timeline, which `npm run bench` reads to say where a cold start goes.
  performance.mark('home-read-start');
  subscription = liveQuery(() => readHome(db)).subscribe({
    next: (next) => {
      if (value === undefined) performance.mark('home-read-done');
      value = next;
      failure = null;
      changed();
    },
    error: (error: unknown) => {
      failure = error;
      changed();
    },
  });
}

function stopWhenUnused() {
  if (stopTimer) clearTimeout(stopTimer);
  stopTimer = setTimeout(() => {
    stopTimer = null;
    if (listeners.size > 0 || !subscription) return;
    subscription.unsubscribe();
    subscription = null;
    // No longer kept up to date: the next visit reads afresh rather than show stale figures.
    value = undefined;
  }, STOP_AFTER_MS);
}

/** For useSyncExternalStore: starts the query (once the start-up check is over) while anyone listens. */
export function subscribeHome(listener: () => void): () => void {
  listeners.add(listener);
  void whenUpgradeChecked().then(start);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stopWhenUnused();
  };
}

/** The latest home data, or undefined while the first read runs; throws a failed read to the error boundary. */
export function homeSnapshot(): HomeData | undefined {
  if (failure) throw failure;
  return value;
}

let earlyPreferences: Promise<{ welcomeDismissed: boolean }> | null = null;

/** Whether the welcome panel was dismissed: the answer fetched at start, once, then asked afresh. */
export function welcomeDismissedPreference(): Promise<boolean> {
  const pending = earlyPreferences ?? api().getPreferences();
  earlyPreferences = null;
  return pending.then((prefs) => prefs.welcomeDismissed);
}

/** Starts the home view's read and the preference it needs when the app opens on the home view. */
function startEarly() {
  const hash = location.hash;
  const onHome = hash === '' || hash === '#' || hash === '#/' || hash.startsWith('#/?');
  if (!onHome || !window.api || typeof indexedDB === 'undefined') return;
  earlyPreferences = api().getPreferences();
  void earlyPreferences.then(() => performance.mark('preferences-read'));
  // Caught here so an early failure is not reported twice: the view asks again and shows it.
  earlyPreferences.catch(() => {
    earlyPreferences = null;
  });
  void whenUpgradeChecked().then(() => {
    start();
    stopWhenUnused();
  });
}

if (typeof window !== 'undefined') startEarly();
