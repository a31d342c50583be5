/** The budget's sentences, worded once for the Budget area and the printed budget summary. */
import type { YearEndForecast } from './budget';
import { formatPounds } from './money';

/** How the period will end at the rate spent so far: the sentence, then the outcome. */
export function forecastWords(forecast: YearEndForecast): { sentence: string; outcome: string; overspend: boolean } {
  const sentence =
    forecast.monthsElapsed === 0
      ? `The period has not started: the forecast is what is already spent and committed, ${formatPounds(forecast.forecastSpendPence)}.`
      : forecast.monthsRemaining === 0
        ? `The period has ended: ${formatPounds(forecast.spentPence)} spent and ${formatPounds(forecast.committedPence)} still committed come to ${formatPounds(forecast.forecastSpendPence)}.`
        : `At the rate spent so far (${formatPounds(forecast.monthlyRatePence)} a month over ${forecast.monthsElapsed} month${forecast.monthsElapsed === 1 ? '' : 's'}), with open commitments, spending by the end will be ${formatPounds(forecast.forecastSpendPence)}.`;
  const overspend = forecast.forecastRemainingPence < 0;
  const outcome = overspend
    ? `That would overspend by ${formatPounds(-forecast.forecastRemainingPence)}.`
    : `That would leave ${formatPounds(forecast.forecastRemainingPence)} unspent.`;
  return { sentence, outcome, overspend };
}

/** Said for money not assigned to a line, school or action (it includes money not yet allocated). */
export const UNASSIGNED_LABEL = 'Not assigned (includes money not yet allocated)';

/** A breakdown's rows as the Budget area lists them: by name, the unassigned row last. */
export function breakdownInScreenOrder<T extends { key: string | null }>(rows: readonly T[], names: Readonly<Record<string, string>>, unassignedLabel = UNASSIGNED_LABEL): { row: T; name: string }[] {
  const nameOf = (key: string | null) => (key === null ? unassignedLabel : (names[key] ?? 'Unknown (deleted)'));
  return [...rows]
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : nameOf(a.key).localeCompare(nameOf(b.key))))
    .map((row) => ({ row, name: nameOf(row.key) }));
}
