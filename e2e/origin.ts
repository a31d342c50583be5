/** Where the test harness serves the built renderer (loopback only). */
export const HARNESS_ORIGIN = 'http://127.0.0.1:4173';
