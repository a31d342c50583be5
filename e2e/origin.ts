/**
 * Where the test harness serves the built renderer (loopback only). HARNESS_PORT lets several
 * checkouts run their suites side by side.
 */
export const HARNESS_PORT = Number(process.env.HARNESS_PORT ?? 4173);
export const HARNESS_ORIGIN = `http://127.0.0.1:${HARNESS_PORT}`;
