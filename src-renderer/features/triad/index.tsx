import { Navigate, Route, Routes } from 'react-router-dom';
import './triad.css';
import { useTriad } from '../../shared/use-triad';
import { TriadPage } from './TriadPage';
import { TriadDetailsForm } from './TriadDetailsForm';
import { SchoolsView } from './schools/SchoolsView';
import { MembershipView } from './membership/MembershipView';
import { PeopleView } from './people/PeopleView';
import { FocusGroupsView } from './focus-groups/FocusGroupsView';

function DetailsView() {
  const triad = useTriad();
  if (triad === undefined) return <p role="status">Loading…</p>;
  return (
    <TriadPage
      title={triad ? 'Triad' : 'Set up your triad'}
      lede="The triad: one co-ordinating school supporting two partner schools over the programme."
    >
      <h2>Triad details</h2>
      <TriadDetailsForm key={triad?.updatedAt ?? 'new'} triad={triad} />
    </TriadPage>
  );
}

/** The triad area: its details, schools, membership, people and partners, and focus groups. */
export default function TriadArea() {
  return (
    <Routes>
      <Route index element={<DetailsView />} />
      <Route path="schools" element={<SchoolsView />} />
      <Route path="membership" element={<MembershipView />} />
      <Route path="people" element={<PeopleView />} />
      <Route path="focus-groups" element={<FocusGroupsView />} />
      <Route path="*" element={<Navigate to="/triad" replace />} />
    </Routes>
  );
}
