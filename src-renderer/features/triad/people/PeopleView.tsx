import { useTriad } from '../../common/useTriad';
import { TriadPage, WithTriad } from '../TriadPage';

export function PeopleView() {
  const triad = useTriad();
  return (
    <TriadPage title="People and partners">
      <WithTriad triad={triad}>{() => <p>Coming soon.</p>}</WithTriad>
    </TriadPage>
  );
}
