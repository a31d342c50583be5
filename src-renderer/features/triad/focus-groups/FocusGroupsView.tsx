import { useTriad } from '../../common/useTriad';
import { TriadPage, WithTriad } from '../TriadPage';

export function FocusGroupsView() {
  const triad = useTriad();
  return (
    <TriadPage title="Focus groups">
      <WithTriad triad={triad}>{() => <p>Coming soon.</p>}</WithTriad>
    </TriadPage>
  );
}
