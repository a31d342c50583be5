import { useState, type FormEvent } from 'react';
import { formatNumber } from '../../core/impact-stats';
import { parseResultInput, ResultIndex, resultYears, targetForSchool, targetsFor, targetStatus } from '../../core/impact-measures';
import type { Measure } from '../../core/model';
import { db } from '../../db';
import { ImpactInputError, parsePupilsInput, saveComparator, saveResults, type ResultEdit } from '../../db/impact';
import { comparisonProblem, measureEra, YEARS_WITHOUT_TESTS } from '../../core/ks2-eras';
import { ErrorSummary } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { ImpactSummary, measuresHeadlineFirst } from './ImpactSummary';
import { TrendChart } from './TrendChart';
import type { ImpactData } from './use-impact-data';

function gridYears(data: ImpactData): number[] {
  const { triad } = data;
  const programme = Array.from({ length: triad.programmeYears + 1 }, (_, i) => triad.baselineYear + i);
  return resultYears(data.results, programme).filter((y) => y >= triad.baselineYear);
}

const key = (schoolId: string, year: number) => `${schoolId}|${year}`;
const pupilsKey = (schoolId: string, year: number) => `${schoolId}|${year}|pupils`;

function ResultsGrid({ data, measure, years, compareYear }: { data: ImpactData; measure: Measure; years: number[]; compareYear: number | null }) {
  const index = new ResultIndex(data.results);
  const eraProblem = comparisonProblem(measure, data.triad.baselineYear, compareYear);
  const initial = () => {
    const values: Record<string, string> = {};
    for (const s of data.schools) for (const y of years) {
      const stored = index.get(s.id, measure.id, y);
      values[key(s.id, y)] = stored === undefined ? '' : String(stored.value);
      values[pupilsKey(s.id, y)] = stored?.eligiblePupils == null ? '' : String(stored.eligiblePupils);
    }
    return values;
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const { notify } = useToast();
  const targets = targetsFor(data.objectives, measure.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const edits: (ResultEdit & { cell: string })[] = [];
    for (const s of data.schools) for (const y of years) {
      const stored = index.get(s.id, measure.id, y);
      const current = stored?.value;
      const typed = values[key(s.id, y)] ?? '';
      const typedPupils = values[pupilsKey(s.id, y)] ?? '';
      const currentPupils = stored?.eligiblePupils == null ? '' : String(stored.eligiblePupils);
      if (typed.trim() !== (current === undefined ? '' : String(current)) || typedPupils.trim() !== currentPupils) {
        edits.push({ schoolId: s.id, measureId: measure.id, year: y, input: typed, pupilsInput: typedPupils, cell: key(s.id, y) });
      }
    }
    // Check each cell on its own first, so each message sits next to its field.
    const cellErrors: Record<string, string> = {};
    for (const edit of edits) {
      const parsed = parseResultInput(edit.input, measure);
      const pupils = parsePupilsInput(edit.pupilsInput ?? '');
      if (!parsed.ok) cellErrors[edit.cell] = parsed.error;
      else if (!pupils.ok) cellErrors[edit.cell] = pupils.error;
    }
    setErrors(cellErrors);
    if (Object.keys(cellErrors).length) {
      setSummary(Object.values(cellErrors));
      return;
    }
    try {
      const outcome = await saveResults(db, data.triad.id, edits);
      setSummary([]);
      notify(edits.length === 0 ? 'No results were changed.' : `Results saved: ${outcome.saved} saved, ${outcome.removed} removed.`);
    } catch (error) {
      if (error instanceof ImpactInputError) setSummary(error.messages);
      else throw error;
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Results for ${measure.name}`}>
      <ErrorSummary errors={summary.map((message) => ({ message }))} />
      {eraProblem ? <p className="warning impact-era-problem">{eraProblem}</p> : null}
      <table className="data impact-grid">
        <caption>
          {measure.name} by school and results year{measure.unit === 'percent' ? ' (per cent, 0–100)' : ''}, with the number of eligible pupils where known. Leave a box blank where there is no result.
        </caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {y}
                {y === data.triad.baselineYear ? ' (baseline)' : ''}
                {YEARS_WITHOUT_TESTS.includes(y) && measureEra(measure) !== 'not-ks2' ? ' (no KS2 tests)' : ''}
                {y !== data.triad.baselineYear && comparisonProblem(measure, data.triad.baselineYear, y) ? ' (not comparable with the baseline)' : ''}
              </th>
            ))}
            <th scope="col">Target from the plan</th>
          </tr>
        </thead>
        <tbody>
          {data.schools.map((school) => {
            const target = targetForSchool(targets, school.id);
            return (
              <tr key={school.id}>
                <th scope="row">{school.name}</th>
                {years.map((y) => {
                  const cell = key(school.id, y);
                  const errorId = `err-${school.id}-${y}`;
                  return (
                    <td key={y}>
                      <input
                        aria-label={`${school.name}, ${y}`}
                        inputMode="decimal"
                        value={values[cell] ?? ''}
                        aria-invalid={errors[cell] ? true : undefined}
                        aria-describedby={errors[cell] ? errorId : undefined}
                        onChange={(e) => setValues((v) => ({ ...v, [cell]: e.target.value }))}
                      />
                      <input
                        className="impact-pupils"
                        aria-label={`Eligible pupils at ${school.name} in ${y}`}
                        placeholder="pupils"
                        inputMode="numeric"
                        value={values[pupilsKey(school.id, y)] ?? ''}
                        onChange={(e) => setValues((v) => ({ ...v, [pupilsKey(school.id, y)]: e.target.value }))}
                      />
                      {errors[cell] ? <p className="error" id={errorId}>{errors[cell]}</p> : null}
                    </td>
                  );
                })}
                <td>
                  {target
                    ? `${formatNumber(target.to)}${measure.unit === 'percent' ? '%' : ''} by ${target.byDate.slice(0, 4)} (${target.objectiveTitle}): ${
                        targetStatus({ target: { ...target, schoolId: school.id }, measure, schoolIds: [school.id], results: index }).text
                      }`
                    : 'None set'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions-row">
        <button type="submit">Save results</button>
      </div>
    </form>
  );
}

function ComparatorsForm({ data, measure, years }: { data: ImpactData; measure: Measure; years: number[] }) {
  const scopes = [
    { scope: 'national' as const, label: 'National' },
    { scope: 'local-authority' as const, label: 'Local authority' },
  ];
  const find = (scope: string, year: number) => data.comparators.find((c) => c.measureId === measure.id && c.scope === scope && c.year === year);
  const [values, setValues] = useState<Record<string, string>>(() => {
    const v: Record<string, string> = {};
    for (const { scope } of scopes) for (const y of years) v[`${scope}|${y}`] = find(scope, y) ? String(find(scope, y)!.value) : '';
    return v;
  });
  const [errors, setErrors] = useState<string[]>([]);
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: string[] = [];
    for (const { scope } of scopes) for (const y of years) {
      const typed = values[`${scope}|${y}`] ?? '';
      const current = find(scope, y);
      if (typed.trim() === (current ? String(current.value) : '')) continue;
      try {
        await saveComparator(db, data.triad.id, { measureId: measure.id, scope, year: y }, typed);
      } catch (error) {
        if (error instanceof ImpactInputError) problems.push(...error.messages);
        else throw error;
      }
    }
    setErrors(problems);
    if (!problems.length) notify('National and local-authority figures saved.');
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`National and local-authority figures for ${measure.name}`}>
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      <table className="data impact-grid">
        <caption>National and local-authority figures for {measure.name}, to compare the triad against</caption>
        <thead>
          <tr>
            <th scope="col">Comparison</th>
            {years.map((y) => (
              <th scope="col" key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scopes.map(({ scope, label }) => (
            <tr key={scope}>
              <th scope="row">{label}</th>
              {years.map((y) => (
                <td key={y}>
                  <input
                    aria-label={`${label}, ${y}`}
                    inputMode="decimal"
                    value={values[`${scope}|${y}`] ?? ''}
                    onChange={(e) => setValues((v) => ({ ...v, [`${scope}|${y}`]: e.target.value }))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions-row">
        <button type="submit" className="secondary">Save comparisons</button>
      </div>
    </form>
  );
}

function Charts({ data, measure, years }: { data: ImpactData; measure: Measure; years: number[] }) {
  const index = new ResultIndex(data.results);
  const targets = targetsFor(data.objectives, measure.id);
  const perSchool = data.schools.map((s) => years.map((y) => index.value(measure, s.id, y)));
  const triadAverage = years.map((_, i) => {
    const values = perSchool.map((v) => v[i]).filter((v): v is number => v !== null && v !== undefined);
    return values.length === data.schools.length && values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
  });
  const comparatorSeries = (scope: 'national' | 'local-authority') =>
    years.map((y) => data.comparators.find((c) => c.measureId === measure.id && c.scope === scope && c.year === y)?.value ?? null);
  const national = comparatorSeries('national');
  const la = comparatorSeries('local-authority');
  return (
    <section aria-labelledby="impact-charts-heading">
      <h2 id="impact-charts-heading">Charts: {measure.name}</h2>
      <div className="impact-charts">
        {data.schools.map((school, i) => {
          const target = targetForSchool(targets, school.id);
          return (
            <TrendChart
              key={school.id}
              title={`${school.name}: ${measure.name}`}
              years={years}
              series={[{ name: school.name, values: perSchool[i]! }]}
              baselineYear={data.triad.baselineYear}
              target={target ? { value: target.to, label: `Target for ${target.byDate.slice(0, 4)}` } : null}
              unit={measure.unit}
              width={420}
            />
          );
        })}
        <TrendChart
          title={`The triad against national: ${measure.name}`}
          years={years}
          series={[
            { name: 'Triad average (all three schools)', values: triadAverage },
            { name: 'National', values: national, dashed: true },
            ...(la.some((v) => v !== null) ? [{ name: 'Local authority', values: la, dashed: true }] : []),
          ]}
          baselineYear={data.triad.baselineYear}
          unit={measure.unit}
          width={420}
        />
      </div>
    </section>
  );
}

export function ResultsView({ data }: { data: ImpactData }) {
  const ordered = measuresHeadlineFirst(data.triad, data.measures);
  const [measureId, setMeasureId] = useState(() => ordered.find((m) => !m.derivedFrom)?.id ?? ordered[0]!.id);
  const measure = data.measures.find((m) => m.id === measureId) ?? ordered[0]!;
  const years = gridYears(data);
  const resultsVersion = data.results.map((r) => `${r.id}${r.updatedAt}`).sort().join();
  const comparatorsVersion = data.comparators.map((c) => `${c.id}${c.updatedAt}`).sort().join();
  const laterYears = resultYears(data.results).filter((y) => y > data.triad.baselineYear);
  const [chosenYear, setChosenYear] = useState('');
  const compareYear = laterYears.includes(Number(chosenYear)) ? Number(chosenYear) : (laterYears[laterYears.length - 1] ?? null);
  return (
    <Page title="Impact" lede="Results against the baseline for each school, the share of schools that improved, and how the triad compares with national and local-authority figures.">
      {data.schools.length === 0 ? <p className="warning">Add the triad’s schools in the Triad area before entering results.</p> : null}
      <div className="field">
        <label htmlFor="impact-measure">Measure</label>
        <select id="impact-measure" value={measure.id} onChange={(e) => setMeasureId(e.target.value)}>
          {ordered.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.derivedFrom ? ' (worked out from other measures)' : ''}
            </option>
          ))}
        </select>
      </div>
      <h2>Results: {measure.name}</h2>
      {measure.derivedFrom ? (
        <p>This headline measure is worked out from other measures, so it is not entered here; see the figures below and change how it is made in Impact settings.</p>
      ) : (
        <ResultsGrid key={`${measure.id}-${resultsVersion}`} data={data} measure={measure} years={years} compareYear={compareYear} />
      )}
      <ComparatorsForm key={`c-${measure.id}-${comparatorsVersion}`} data={data} measure={measure} years={years} />
      {laterYears.length > 1 ? (
        <div className="field">
          <label htmlFor="impact-compare-year">Compare the baseline with results from</label>
          <select id="impact-compare-year" value={String(compareYear)} onChange={(e) => setChosenYear(e.target.value)}>
            {laterYears.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ImpactSummary triad={data.triad} schools={data.schools} measures={data.measures} results={data.results} comparators={data.comparators} latestYear={compareYear} />
      <Charts data={data} measure={measure} years={years} />
    </Page>
  );
}
