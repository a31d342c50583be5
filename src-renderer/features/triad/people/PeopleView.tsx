import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Partnership, Person, School } from '../../../core/model';
import { LEA_ROLE_LABELS } from '../../../core/network';
import { db } from '../../../db';
import { deleteWithUndo, undoDelete } from '../../../db/records';
import { useToast } from '../../../ui/Toaster';
import { useSchools, useTriad } from '../../../shared/use-triad';
import { TriadPage, WithTriad } from '../TriadPage';
import { PartnershipForm, PersonForm } from './PeopleForms';

function PeopleTable({ caption, people, showLeaRole, onEdit }: { caption: string; people: Person[]; showLeaRole?: boolean; onEdit: (person: Person) => void }) {
  const { notify } = useToast();
  const remove = async (person: Person) => {
    const trashId = await deleteWithUndo(db, `Person ${person.name}`, [{ table: 'people', ids: [person.id] }]);
    notify(`${person.name} removed.`, () => undoDelete(db, trashId));
  };
  if (people.length === 0) return <p>No one recorded yet.</p>;
  return (
    <table className="data">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Email</th>
          <th scope="col">Phone</th>
          <th scope="col">
            <span className="visually-hidden">Change</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{showLeaRole && p.leaRole ? LEA_ROLE_LABELS[p.leaRole] : p.role}</td>
            <td>{p.email}</td>
            <td>{p.phone}</td>
            <td className="actions-cell">
              <button type="button" className="link" onClick={() => onEdit(p)} aria-label={`Edit ${p.name}`}>
                Edit
              </button>{' '}
              <button type="button" className="link" onClick={() => void remove(p)} aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PartnershipsTable({ partnerships, onEdit }: { partnerships: Partnership[]; onEdit: (partnership: Partnership) => void }) {
  const { notify } = useToast();
  const remove = async (partnership: Partnership) => {
    const trashId = await deleteWithUndo(db, `Partnership ${partnership.name}`, [{ table: 'partnerships', ids: [partnership.id] }]);
    notify(`${partnership.name} removed.`, () => undoDelete(db, trashId));
  };
  if (partnerships.length === 0) return <p>No partnerships beyond the network recorded yet.</p>;
  return (
    <table className="data">
      <caption className="visually-hidden">Partners beyond the network</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Kind</th>
          <th scope="col">What the partnership provides</th>
          <th scope="col">Contact</th>
          <th scope="col">
            <span className="visually-hidden">Change</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {partnerships.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.kind === 'higher-education' ? 'Higher education' : 'Other'}</td>
            <td>{p.provides}</td>
            <td>{p.contact}</td>
            <td className="actions-cell">
              <button type="button" className="link" onClick={() => onEdit(p)} aria-label={`Edit ${p.name}`}>
                Edit
              </button>{' '}
              <button type="button" className="link" onClick={() => void remove(p)} aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PeopleContent({ triadId }: { triadId: string }) {
  const schools = useSchools(triadId);
  const people = useLiveQuery(() => db.people.where('triadId').equals(triadId).sortBy('name'), [triadId]);
  const partnerships = useLiveQuery(() => db.partnerships.where('triadId').equals(triadId).sortBy('name'), [triadId]);
  const [editingPerson, setEditingPerson] = useState<Person | null>(null);
  const [editingPartner, setEditingPartner] = useState<Partnership | null>(null);
  if (!schools || !people || !partnerships) return <p role="status">Loading…</p>;
  const staffOf = (school: School) => people.filter((p) => p.schoolId === school.id);
  const lea = people.filter((p) => p.organisation === 'lea');
  return (
    <>
      <h2>Staff in the three schools</h2>
      {schools.length === 0 ? <p>Choose the triad’s schools first, in Schools.</p> : null}
      {schools.map((school) => (
        <section key={school.id} aria-labelledby={`staff-${school.id}`}>
          <h3 id={`staff-${school.id}`}>{school.name}</h3>
          <PeopleTable caption={`Staff at ${school.name}`} people={staffOf(school)} onEdit={setEditingPerson} />
        </section>
      ))}
      <section aria-labelledby="lea-team-heading">
        <h2 id="lea-team-heading">LEA support team</h2>
        <p>The link adviser, administration officer and strategy team contact who support the triad.</p>
        <PeopleTable caption="LEA support team" people={lea} showLeaRole onEdit={setEditingPerson} />
      </section>
      {editingPerson ? (
        <PersonForm key={editingPerson.id} triadId={triadId} schools={schools} existing={editingPerson} onDone={() => setEditingPerson(null)} />
      ) : (
        <PersonForm triadId={triadId} schools={schools} />
      )}

      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">Partners beyond the network</h2>
        <p>For example a university or college that accredits teacher research or supports change management.</p>
        <PartnershipsTable partnerships={partnerships} onEdit={setEditingPartner} />
      </section>
      {editingPartner ? (
        <PartnershipForm key={editingPartner.id} triadId={triadId} existing={editingPartner} onDone={() => setEditingPartner(null)} />
      ) : (
        <PartnershipForm triadId={triadId} />
      )}
    </>
  );
}

export function PeopleView() {
  const triad = useTriad();
  return (
    <TriadPage title="People and partners" lede="Staff with roles in each school, the LEA support team, and partners beyond the network.">
      <WithTriad triad={triad}>{(t) => <PeopleContent triadId={t.id} />}</WithTriad>
    </TriadPage>
  );
}
