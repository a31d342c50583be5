import { Page } from '../../ui/Page';
import { useTriad } from '../common/useTriad';
import { TriadDetailsForm } from './TriadDetailsForm';

export default function TriadArea() {
  const triad = useTriad();
  if (triad === undefined) return <p role="status">Loading…</p>;
  return (
    <Page
      title={triad ? 'Triad' : 'Set up your triad'}
      lede="The triad: one co-ordinating school supporting two partner schools over the programme."
    >
      <h2>Triad details</h2>
      <TriadDetailsForm key={triad?.updatedAt ?? 'new'} triad={triad} />
    </Page>
  );
}
