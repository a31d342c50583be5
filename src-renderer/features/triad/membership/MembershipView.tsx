import { useTriad } from '../../common/useTriad';
import { TriadPage, WithTriad } from '../TriadPage';

export function MembershipView() {
  const triad = useTriad();
  return (
    <TriadPage title="Membership">
      <WithTriad triad={triad}>{() => <p>Coming soon.</p>}</WithTriad>
    </TriadPage>
  );
}
