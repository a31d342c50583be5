import type { BrowserContext, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/**
 * BENCH_PROFILE=1: one extra cold start of the app under the V8 sampling profiler, printed as the
 * functions and scripts with the most self time, to say where a slow start goes.
 */
export async function profileColdStart(context: BrowserContext, url: string): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.readyAt != null, undefined, { timeout: 60_000, polling: 50 });
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  return `Cold start profile ${summariseProfile(profile)}`;
}

/** BENCH_PROFILE=1: profiles `act` on an open page, for the measures other than the cold start. */
export async function profileOnPage(page: Page, label: string, act: () => Promise<void>): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return `${label} profile ${summariseProfile(profile)}`;
}

/** The scripts and functions with the most self time in a V8 CPU profile. */
function summariseProfile(profile: { nodes: object[]; startTime: number; endTime: number; samples?: number[] }): string {
  const total = (profile.endTime - profile.startTime) / 1000;
  const interval = total / Math.max(1, profile.samples?.length ?? 1);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const node of profile.nodes as ProfileNode[]) {
    const ms = (node.hitCount ?? 0) * interval;
    if (!ms) continue;
    const script = node.callFrame.url.split('/').pop() || node.callFrame.functionName || '(native)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
      .join('; ');
  return `(${total.toFixed(0)} ms): by script: ${top(byScript, 8)}\nby function: ${top(byFunction, 15)}`;
}
