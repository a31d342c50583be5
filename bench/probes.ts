import type { Page } from '@playwright/test';

/**
 * Page-side probes, installed as an init script before any of the page's own code runs:
 * - long tasks (PerformanceObserver 'longtask'), with their start times;
 * - `readyAt`: when the element matching a rule first holds all its texts (cold start);
 * - armed interactions: the timestamp of the first input event after arming, and when a
 *   condition first holds afterwards (checked on every DOM mutation) and the next frame after it.
 * All times are `performance.now()` on the page's clock (navigation start = 0), so the round trip
 * between the test process and the browser never counts.
 */
export interface ReadyRule {
  port: string;
  selector: string;
  texts: string[];
  /** Earlier milestones to log on the way (e.g. the shell, the triad's name), for diagnosis. */
  steps?: { label: string; selector: string; texts: string[] }[];
}

interface Watch {
  check: () => boolean;
  doneAt: number | null;
  frameAt: number | null;
  /** An optional halfway mark (e.g. the files have arrived), to split the time. */
  midpoint: (() => boolean) | null;
  midpointAt: number | null;
}

export interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  readyAt: number | null;
  steps: Record<string, number>;
  armed: boolean;
  eventAt: number | null;
  watch: Watch | null;
  arm(check: () => boolean, midpoint?: () => boolean): void;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export function installProbes(rules: ReadyRule[]): void {
  const bench: BenchProbe = {
    longTasks: [],
    readyAt: null,
    steps: {},
    armed: false,
    eventAt: null,
    watch: null,
    arm(check, midpoint) {
      bench.eventAt = null;
      bench.watch = { check, doneAt: null, frameAt: null, midpoint: midpoint ?? null, midpointAt: null };
      bench.armed = true;
    },
  };
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the row says so (no entries, and the check below).
  }
  const rule = rules.find((r) => r.port === location.port) ?? null;
  const holds = (selector: string, texts: string[]) => {
    const element = document.querySelector(selector);
    const text = element?.textContent ?? '';
    return element !== null && texts.every((t) => text.includes(t));
  };
  const check = () => {
    for (const step of rule?.steps ?? []) {
      if (bench.steps[step.label] === undefined && holds(step.selector, step.texts)) bench.steps[step.label] = performance.now();
    }
    if (rule && bench.readyAt === null && holds(rule.selector, rule.texts)) bench.readyAt = performance.now();
    const watch = bench.watch;
    if (watch?.midpoint && bench.armed && bench.eventAt !== null && watch.midpointAt === null && watch.midpoint()) watch.midpointAt = performance.now();
    if (watch && bench.armed && bench.eventAt !== null && watch.doneAt === null && watch.check()) {
      watch.doneAt = performance.now();
      requestAnimationFrame(() => {
        watch.frameAt = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'click']) {
    addEventListener(
      type,
      (event) => {
        if (bench.armed && bench.eventAt === null) bench.eventAt = event.timeStamp;
      },
      { capture: true },
    );
  }
}

/**
 * Times one interaction as a person makes it: `act` drives the page through Playwright (a click,
 * typing), and the time runs from the first input event to the frame after `condition` (a page-side
 * JavaScript expression) first holds. Returns milliseconds.
 */
export async function timeInteraction(page: Page, act: () => Promise<void>, condition: string, timeout = 60_000): Promise<number> {
  return (await timeInteractionSpan(page, act, condition, timeout)).ms;
}

/** As `timeInteraction`, with the span's start and end on the page's clock (to look for long tasks in it). */
export async function timeInteractionSpan(
  page: Page,
  act: () => Promise<void>,
  condition: string,
  timeout = 60_000,
  midpoint?: string,
): Promise<{ ms: number; from: number; to: number; midpointMs: number | null }> {
  await page.evaluate(`window.__bench.arm(() => Boolean(${condition})${midpoint ? `, () => Boolean(${midpoint})` : ''})`);
  await act();
  await page.waitForFunction(() => window.__bench.watch?.frameAt != null && window.__bench.eventAt != null, undefined, { timeout, polling: 20 });
  return page.evaluate(() => {
    const bench = window.__bench;
    bench.armed = false;
    const watch = bench.watch!;
    return { ms: watch.frameAt! - bench.eventAt!, from: bench.eventAt!, to: watch.frameAt!, midpointMs: watch.midpointAt === null ? null : watch.midpointAt - bench.eventAt! };
  });
}

/** The longest long task that overlapped [from, to] (page clock), or 0, and how many were over 100 ms. */
export async function longestTaskSince(page: Page, from: number, to: number): Promise<{ longest: number; count: number }> {
  // Long-task entries arrive a little after the task ends.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return page.evaluate(
    ([start, end]) => {
      const tasks = window.__bench.longTasks.filter((t) => t.start + t.duration >= start && t.start <= end);
      return { longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.filter((t) => t.duration > 100).length };
    },
    [from, to] as const,
  );
}
