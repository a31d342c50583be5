import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router-dom';
import { academicYearLabel, financialYearLabel, programmeYearLabel, programmeYearList } from '../../../core/dates';
import type { Triad } from '../../../core/model';
import { financialYearsOfProgramme, type BudgetCalendar } from '../../../core/budget';
import { ALL_PLAN_SECTIONS, budgetPrintRoute, PLAN_SECTIONS, pdfFileName, PDF_HEADER_MAX, planPrintRoute, shortened, type PlanSectionKey } from '../../../core/plan-print';
import { planHeaderText } from '../../../core/plan-header';
import { db } from '../../../db';
import { loadPlanStates } from '../../../db/print-data';
import { Field } from '../../../ui/Field';
import { EmptyState } from '../../../ui/Page';
import { useTriad } from '../../../shared/use-triad';
import { useExportPdf } from './use-export-pdf';
import './pdf-exports.css';

export function PdfExports() {
  const triad = useTriad();
  if (triad === undefined) return <p role="status">Loading…</p>;
  if (triad === null) {
    return (
      <EmptyState title="PDF documents">
        <p>Set up the triad first: its improvement plan and budget summary are exported as PDFs here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <PlanPdfForm triad={triad} />
      <BudgetPdfForm triad={triad} />
    </>
  );
}

/** Room for the triad's name in a running header, leaving the rest for what the document is. */
const HEADER_NAME_MAX = 120;

function PlanPdfForm({ triad }: { triad: Triad }) {
  const [params] = useSearchParams();
  const first = useRef<HTMLSelectElement>(null);
  const [scope, setScope] = useState('all');
  const [sections, setSections] = useState<PlanSectionKey[]>(ALL_PLAN_SECTIONS);
  const [sectionError, setSectionError] = useState<string | undefined>();
  const { busy, failure, exportPdf } = useExportPdf();
  const years = programmeYearList(triad);
  const wanted = params.get('action') === 'plan-pdf';
  const states = useLiveQuery(() => loadPlanStates(db, triad.id), [triad.id]);

  // The File menu's "Export plan as PDF" lands here: put the head straight into the form
  // (after the page has focused its heading).
  useEffect(() => {
    if (!wanted) return;
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [wanted]);

  function toggle(key: PlanSectionKey, on: boolean) {
    setSections((now) => (on ? [...now, key] : now.filter((k) => k !== key)));
    setSectionError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sections.length === 0) {
      setSectionError('Choose at least one section to include.');
      return;
    }
    const year = scope === 'all' ? 'all' : Number(scope);
    const period = year === 'all' ? `${academicYearLabel(years[0]!)} to ${academicYearLabel(years[years.length - 1]!)}` : academicYearLabel(year);
    await exportPdf({
      route: planPrintRoute({ scope: year, sections }),
      suggestedName: pdfFileName(triad.name, `Improvement Plan ${period}`),
      // Where the plan stands, on every page: "DRAFT — not yet agreed" or the agreed version and
      // changes since. A long name is shortened first, so the state is never what gets cut off.
      headerText: shortened(planHeaderText(shortened(triad.name, HEADER_NAME_MAX), year === 'all' ? years : [year], states ?? new Map()), PDF_HEADER_MAX),
      landscape: false,
      author: shortened(triad.name, PDF_HEADER_MAX),
      subject: `Triad Improvement Plan ${period}, ${triad.localAuthority}`,
    });
  }

  return (
    <section className="panel pdf-form" aria-labelledby="plan-pdf-title">
      <h2 id="plan-pdf-title">Triad Improvement Plan (PDF)</h2>
      <p>An A4 document to hand to governors, partner heads and the LEA. Every page carries the triad’s name and “Page x of y”.</p>
      <form onSubmit={submit} noValidate>
        <Field label="Plan for" hint="One programme year, or the whole programme.">
          {(control) => (
            <select {...control} ref={first} value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value="all">The whole programme ({academicYearLabel(years[0]!)} to {academicYearLabel(years[years.length - 1]!)})</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {programmeYearLabel(triad, year)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={sectionError ? 'field invalid' : 'field'} aria-describedby={sectionError ? 'plan-sections-error' : undefined}>
          <legend>Sections to include</legend>
          <div className="actions-row compact">
            <button type="button" className="link" onClick={() => { setSections(ALL_PLAN_SECTIONS); setSectionError(undefined); }}>
              Select all
            </button>
            <button type="button" className="link" onClick={() => setSections([])}>
              Clear all
            </button>
          </div>
          <ul className="checkbox-list">
            {PLAN_SECTIONS.map((section) => (
              <li key={section.key}>
                <label>
                  <input type="checkbox" checked={sections.includes(section.key)} onChange={(e) => toggle(section.key, e.target.checked)} /> {section.label}
                </label>
              </li>
            ))}
          </ul>
          {sectionError ? (
            <p className="error" id="plan-sections-error">
              {sectionError}
            </p>
          ) : null}
        </fieldset>
        <div className="actions-row">
          <button type="submit" disabled={busy}>
            Export plan as PDF
          </button>
          {busy ? <span role="status">Making the PDF…</span> : null}
        </div>
        {failure ? <p className="warning" role="alert">{failure}</p> : null}
      </form>
    </section>
  );
}

function BudgetPdfForm({ triad }: { triad: Triad }) {
  const [calendar, setCalendar] = useState<BudgetCalendar>('academic');
  const [year, setYear] = useState(triad.firstYear);
  const { busy, failure, exportPdf } = useExportPdf();
  const years = calendar === 'academic' ? programmeYearList(triad) : financialYearsOfProgramme(triad.firstYear, triad.programmeYears);
  const label = (y: number) => (calendar === 'academic' ? `Academic year ${academicYearLabel(y)}` : `Financial year ${financialYearLabel(y)}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await exportPdf({
      route: budgetPrintRoute({ calendar, year }),
      suggestedName: pdfFileName(triad.name, `Budget summary, ${label(year)}`),
      headerText: shortened(`${shortened(triad.name, HEADER_NAME_MAX)} · budget summary, ${label(year).toLowerCase()}`, PDF_HEADER_MAX),
      landscape: false,
      author: shortened(triad.name, PDF_HEADER_MAX),
      subject: `Budget summary, ${label(year)} (${calendar === 'academic' ? '1 September to 31 August' : '1 April to 31 March'})`,
    });
  }

  return (
    <section className="panel pdf-form" aria-labelledby="budget-pdf-title">
      <h2 id="budget-pdf-title">Budget summary (PDF)</h2>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <Field label="Calendar" hint="The report says which calendar it uses.">
            {(control) => (
              <select
                {...control}
                value={calendar}
                onChange={(e) => {
                  setCalendar(e.target.value as BudgetCalendar);
                  setYear(triad.firstYear);
                }}
              >
                <option value="academic">Academic year (1 September to 31 August)</option>
                <option value="financial">Financial year (1 April to 31 March)</option>
              </select>
            )}
          </Field>
          <Field label="Year">
            {(control) => (
              <select {...control} value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {label(y)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="actions-row">
          <button type="submit" disabled={busy}>
            Export budget summary as PDF
          </button>
          {busy ? <span role="status">Making the PDF…</span> : null}
        </div>
        {failure ? <p className="warning" role="alert">{failure}</p> : null}
      </form>
    </section>
  );
}
