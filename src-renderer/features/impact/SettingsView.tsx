import { useState, type FormEvent } from 'react';
import { aboveThresholdLabel, describeThreshold, parseThreshold } from '../../core/impact-stats';
import type { Measure } from '../../core/model';
import { db } from '../../db';
import { addMeasure, ImpactInputError, saveImpactSettings, setHeadlineDerivation, validateImpactSettings } from '../../db/impact';
import { ErrorSummary, Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import type { ImpactData } from './use-impact-data';

function ThresholdForm({ data }: { data: ImpactData }) {
  const { triad } = data;
  const [form, setForm] = useState({
    baselineYear: String(triad.baselineYear),
    improvementThreshold: String(triad.improvementThreshold),
    thresholdKind: triad.thresholdKind as string,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof form, string>>>({});
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateImpactSettings(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await saveImpactSettings(db, triad.id, result.value);
    notify(`Impact settings saved: improvement threshold is ${describeThreshold(result.value.improvementThreshold, result.value.thresholdKind)}.`);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Baseline and threshold">
      <h2>Baseline and threshold</h2>
      <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
      <div className="field-row">
        <Field label="Baseline results year" hint="Results are named by the summer they were taken: 2003 for 2002/03." error={errors.baselineYear}>
          {(p) => <input {...p} inputMode="numeric" value={form.baselineYear} onChange={(e) => setForm((f) => ({ ...f, baselineYear: e.target.value }))} />}
        </Field>
        <Field label="Improvement threshold" hint="Schools that improved by more than this are counted separately (default 15)." error={errors.improvementThreshold}>
          {(p) => <input {...p} inputMode="decimal" value={form.improvementThreshold} onChange={(e) => setForm((f) => ({ ...f, improvementThreshold: e.target.value }))} />}
        </Field>
      </div>
      <fieldset>
        <legend>What the threshold means</legend>
        {(
          [
            ['percentage-points', 'Percentage points, the DfE’s convention and the default (63% to 78% is 15 points)'],
            ['relative-percent', 'Relative per cent (60% to 69% is a 15% relative improvement)'],
          ] as const
        ).map(([value, label]) => (
          <div key={value}>
            <label>
              <input type="radio" name="thresholdKind" value={value} checked={form.thresholdKind === value} onChange={() => setForm((f) => ({ ...f, thresholdKind: value }))} /> {label}
            </label>
          </div>
        ))}
      </fieldset>
      <p>
        Printed beside every figure as: “
        {(() => {
          const typed = parseThreshold(form.improvementThreshold);
          return typed.ok ? aboveThresholdLabel(typed.value, form.thresholdKind === 'relative-percent' ? 'relative-percent' : 'percentage-points') : '…';
        })()}
        ”. A school exactly at the threshold is counted as improved but not as above it.
      </p>
      <div className="actions-row">
        <button type="submit">Save baseline and threshold</button>
      </div>
    </form>
  );
}

function HeadlineForm({ data, headline }: { data: ImpactData; headline: Measure }) {
  const entered = data.measures.filter((m) => !m.derivedFrom);
  const [method, setMethod] = useState(headline.derivedFrom!.method);
  const [inputs, setInputs] = useState<string[]>(headline.derivedFrom!.measureIds);
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inputs.length === 0) {
      setError('Choose at least one measure for the headline.');
      return;
    }
    try {
      await setHeadlineDerivation(db, headline.id, { method, measureIds: entered.filter((m) => inputs.includes(m.id)).map((m) => m.id) });
      setError(undefined);
      notify('Headline measure saved.');
    } catch (e) {
      if (e instanceof ImpactInputError) setError(e.messages.join(' '));
      else throw e;
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Headline measure">
      <h2>Headline measure: {headline.name}</h2>
      <fieldset>
        <legend>How the headline is worked out</legend>
        <label>
          <input type="radio" name="method" checked={method === 'average'} onChange={() => setMethod('average')} /> Average of the chosen measures
        </label>
        <br />
        <label>
          <input type="radio" name="method" checked={method === 'minimum'} onChange={() => setMethod('minimum')} /> Lower (minimum) of the chosen measures
        </label>
      </fieldset>
      <fieldset aria-describedby={error ? 'headline-error' : undefined}>
        <legend>Made from</legend>
        {error ? <p className="error" id="headline-error">{error}</p> : null}
        <ul className="checkbox-list">
          {entered.map((m) => (
            <li key={m.id}>
              <label>
                <input
                  type="checkbox"
                  checked={inputs.includes(m.id)}
                  onChange={(e) => setInputs((all) => (e.target.checked ? [...all, m.id] : all.filter((id) => id !== m.id)))}
                />{' '}
                {m.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>The headline is missing for a school and year when any of its measures is missing; it is never worked out from part of them.</p>
      <div className="actions-row">
        <button type="submit">Save headline measure</button>
      </div>
    </form>
  );
}

function AddMeasureForm({ data }: { data: ImpactData }) {
  const [form, setForm] = useState({ name: '', unit: 'percent' as Measure['unit'], higherIsBetter: true, sourceColumn: '' });
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const measure = await addMeasure(db, data.triad.id, form);
      setError(undefined);
      setForm({ name: '', unit: 'percent', higherIsBetter: true, sourceColumn: '' });
      notify(`Measure “${measure.name}” added.`);
    } catch (e) {
      if (e instanceof ImpactInputError) setError(e.messages.join(' '));
      else throw e;
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a measure">
      <h2>Add a measure</h2>
      <p>For example attendance, a reading age, or the later KS2 “% meeting the expected standard”.</p>
      <div className="field-row">
        <Field label="Measure name" error={error}>
          {(p) => <input {...p} value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />}
        </Field>
        <Field label="Kind of value">
          {(p) => (
            <select {...p} value={form.unit} onChange={(e) => setForm((f) => ({ ...f, unit: e.target.value as Measure['unit'] }))}>
              <option value="percent">Percentage (0–100)</option>
              <option value="number">Number (e.g. a reading age or score)</option>
            </select>
          )}
        </Field>
        <Field label="Usual KS2 file column" hint="Optional, e.g. PTRWM_EXP">
          {(p) => <input {...p} value={form.sourceColumn} onChange={(e) => setForm((f) => ({ ...f, sourceColumn: e.target.value }))} />}
        </Field>
      </div>
      <label>
        <input type="checkbox" checked={!form.higherIsBetter} onChange={(e) => setForm((f) => ({ ...f, higherIsBetter: !e.target.checked }))} /> Lower is better (for example absence)
      </label>
      <div className="actions-row">
        <button type="submit" className="secondary">Add measure</button>
      </div>
    </form>
  );
}

export function SettingsView({ data }: { data: ImpactData }) {
  const headline = data.measures.find((m) => m.id === data.triad.headlineMeasureId && m.derivedFrom);
  return (
    <Page title="Impact settings" lede="The baseline year, the improvement threshold and what it means, and the measures the triad tracks.">
      <ThresholdForm key={data.triad.updatedAt} data={data} />
      {headline ? <HeadlineForm key={headline.updatedAt} data={data} headline={headline} /> : null}
      <h2>Measures</h2>
      <ul>
        {data.measures.map((m) => (
          <li key={m.id}>
            {m.name} ({m.unit === 'percent' ? 'percentage' : 'number'}
            {m.derivedFrom ? ', worked out from other measures' : ''}
            {m.sourceColumn ? `, usually imported from ${m.sourceColumn}` : ''})
          </li>
        ))}
      </ul>
      <AddMeasureForm data={data} />
    </Page>
  );
}
