import { useId } from 'react';
import { financialYearsOfProgramme } from '../../core/budget';
import { academicYearLabel, financialYearLabel, programmeYearLabel, programmeYearList } from '../../core/dates';
import type { Triad } from '../../core/model';
import type { ViewState } from './index';

/** Chooses what the figures cover: a programme year or the whole programme, academic or financial year. */
export function ScopePicker({ triad, view, allowFinancial = true }: { triad: Triad; view: ViewState; allowFinancial?: boolean }) {
  const id = useId();
  const financial = allowFinancial && view.calendar === 'financial';
  return (
    <div className="scope-picker">
      {allowFinancial ? (
        <fieldset>
          <legend>Calendar</legend>
          <label>
            <input type="radio" name={`${id}-calendar`} checked={!financial} onChange={() => view.setCalendar('academic')} /> Academic year
            (September to August)
          </label>
          <label>
            <input type="radio" name={`${id}-calendar`} checked={financial} onChange={() => view.setCalendar('financial')} /> Financial year
            (April to March)
          </label>
        </fieldset>
      ) : null}
      {financial ? (
        <div className="field">
          <label htmlFor={`${id}-fy`}>Financial year</label>
          <select id={`${id}-fy`} value={view.financialYear} onChange={(e) => view.setFinancialYear(Number(e.target.value))}>
            {financialYearsOfProgramme(triad.firstYear, triad.programmeYears).map((y) => (
              <option key={y} value={y}>
                {financialYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-year`}>Programme year</label>
          <select
            id={`${id}-year`}
            value={view.scope.kind === 'year' ? String(view.scope.year) : 'programme'}
            onChange={(e) => view.setScope(e.target.value === 'programme' ? { kind: 'programme' } : { kind: 'year', year: Number(e.target.value) })}
          >
            {programmeYearList(triad).map((y) => (
              <option key={y} value={String(y)}>
                {programmeYearLabel(triad, y)}
              </option>
            ))}
            <option value="programme">
              Whole programme ({academicYearLabel(triad.firstYear)} to {academicYearLabel(triad.firstYear + triad.programmeYears - 1)})
            </option>
          </select>
        </div>
      )}
    </div>
  );
}
