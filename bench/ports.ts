import { HARNESS_PORT } from '../e2e/origin';

/** Where the bare baseline page is served; BENCH_BARE_PORT lets several checkouts run side by side. */
export const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? HARNESS_PORT + 1);
export const BARE_ORIGIN = `http://127.0.0.1:${BARE_PORT}`;
