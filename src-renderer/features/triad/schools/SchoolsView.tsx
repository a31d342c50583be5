import { useState } from 'react';
import type { School } from '../../../core/model';
import type { RegisterSchool } from '../../../core/gias-register';
import { emptySchoolForm, formFromRegister, openRoles, schoolToForm, type SchoolForm as SchoolFormState } from '../../../core/schools';
import { db } from '../../../db';
import { undoDelete } from '../../../db/records';
import { removeSchool } from '../../../db/schools';
import { useToast } from '../../../ui/Toaster';
import { useSchools, useTriad } from '../../../shared/use-triad';
import { TriadPage, WithTriad } from '../TriadPage';
import type { NetworkKind } from '../../../core/network-kinds';
import { RegisterPicker } from '../register/RegisterPicker';
import { SchoolCard } from './SchoolCard';
import { SchoolForm } from './SchoolForm';

interface Editing {
  existing: School | null;
  initial: SchoolFormState;
  source?: string;
  /** Changes whenever the form is refilled, so it starts again from `initial`. */
  key: number;
}

function SchoolsContent({ triadId, kind }: { triadId: string; kind: NetworkKind }) {
  const schools = useSchools(triadId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const { notify } = useToast();
  if (schools === undefined) return <p role="status">Loading…</p>;

  const coordinating = schools.filter((s) => s.role === 'coordinating');
  const partners = schools.filter((s) => s.role === 'partner');
  const firstOpenRole = openRoles(schools, null, kind)[0] ?? 'partner';
  const isTriad = kind === 'triad';

  const startAdding = () => setEditing({ existing: null, initial: emptySchoolForm(firstOpenRole), key: Date.now() });
  const fillFromRegister = (entry: RegisterSchool, closedReason: string) =>
    setEditing((current) => {
      const role = current?.initial.role || current?.existing?.role || firstOpenRole;
      return {
        existing: current?.existing ?? null,
        initial: formFromRegister(entry, role, current?.initial, closedReason),
        source: `Filled in from the register: ${entry.name} (URN ${entry.urn}).${closedReason ? ` The register lists it as closed; your reason is kept with the school: “${closedReason}”.` : ''}${
          entry.links.length ? ` Linked in the register to ${entry.links.map((l) => `its ${l.relation} URN ${l.urn}`).join(' and ')}: the KS2 import can offer their results.` : ''
        } Check the details, add the people, then save.`,
        key: Date.now(),
      };
    });
  const remove = async (school: School) => {
    const trashId = await removeSchool(db, school);
    if (editing?.existing?.id === school.id) setEditing(null);
    notify(`${school.name} removed from the triad.`, () => undoDelete(db, trashId));
  };

  const card = (school: School) => (
    <SchoolCard
      key={school.id}
      school={school}
      onEdit={() => setEditing({ existing: school, initial: schoolToForm(school), key: Date.now() })}
      onRemove={() => void remove(school)}
    />
  );
  const placeholder = (label: string) => (
    <section className="panel school-card empty" aria-label={label} key={label}>
      <h3>{label}</h3>
      <p>Not chosen yet.</p>
    </section>
  );

  return (
    <>
      {isTriad ? (
        <p>
          A triad has exactly three schools: one co-ordinating school and two partner schools.{' '}
          {schools.length < 3 ? `${3 - schools.length} still to choose.` : 'All three are chosen.'}
        </p>
      ) : (
        <p>This network has {schools.length === 1 ? '1 member school' : `${schools.length} member schools`}; add as many as belong to it.</p>
      )}
      <div className="school-slots">
        {coordinating.length ? coordinating.map(card) : placeholder('Co-ordinating school')}
        {partners.map(card)}
        {isTriad && partners.length < 2 ? placeholder('First partner school') : null}
        {isTriad && partners.length < 1 ? placeholder('Second partner school') : null}
      </div>
      <div className="actions-row">
        <button type="button" onClick={startAdding}>
          Add a school
        </button>
      </div>
      {editing ? (
        <SchoolForm
          key={editing.key}
          triadId={triadId}
          existing={editing.existing}
          initial={editing.initial}
          {...(editing.source ? { source: editing.source } : {})}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <RegisterPicker onUse={fillFromRegister} />
    </>
  );
}

export function SchoolsView() {
  const triad = useTriad();
  return (
    <TriadPage title="Schools" lede="The co-ordinating school and its two partner schools.">
      <WithTriad triad={triad}>{(t) => <SchoolsContent triadId={t.id} kind={t.kind ?? 'triad'} />}</WithTriad>
    </TriadPage>
  );
}
