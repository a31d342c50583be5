/**
 * What the home page asks of the head at this moment: the termly review when this term has none
 * yet, and — in a new programme year — closing the last one. Pure, so the rules are testable.
 */
import { academicYearLabel } from './dates';
import type { Action, ProgressUpdate } from './model';
import { TERM_WORDS, termOf, termRange, type Term } from './progress';

export type HomePrompt =
  | { kind: 'termly-review'; year: number; term: Term; text: string; to: string }
  | { kind: 'close-year'; year: number; text: string; to: string };

export interface PromptInput {
  today: string;
  /** The programme year today falls in, and whether it is one of the programme's years. */
  year: number;
  firstYear: number;
  inProgramme: boolean;
  actions: Pick<Action, 'id'>[];
  updates: Pick<ProgressUpdate, 'date'>[];
  /** The previous programme year, when there is one with a plan that has not been closed. */
  previous: { year: number; unfinished: number; unspentPence: number } | null;
}

export function homePrompts(input: PromptInput): HomePrompt[] {
  const prompts: HomePrompt[] = [];
  if (input.previous) {
    const { year, unfinished } = input.previous;
    prompts.push({
      kind: 'close-year',
      year,
      text: `Close ${academicYearLabel(year)}: ${unfinished} unfinished ${unfinished === 1 ? 'action' : 'actions'} to carry over or finish, the unspent money, and the carry-forward decision.`,
      to: `/plan/close?year=${year}`,
    });
  }
  if (input.inProgramme && input.actions.length > 0) {
    const term = termOf(input.today);
    const range = termRange(input.year, term);
    const reviewed = input.updates.some((u) => u.date >= range.start && u.date <= range.end);
    if (!reviewed) {
      prompts.push({
        kind: 'termly-review',
        year: input.year,
        term,
        text: `Start the ${TERM_WORDS[term].toLowerCase()} review: status, a note and what happens next for each of the ${input.actions.length} actions.`,
        to: `/plan/review?year=${input.year}&term=${term}`,
      });
    }
  }
  return prompts;
}

/** The setting that records a programme year as closed (so home stops asking). */
export function closedYearKey(triadId: string, year: number): string {
  return `yearClosed:${triadId}:${year}`;
}
