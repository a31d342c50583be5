import { useTriad } from '../../../shared/use-triad';
import { ExportReturn } from './ExportReturn';
import { ImportReturn } from './ImportReturn';
import './returns.css';

/** Partner returns: the offline exchange between a partner school's copy and the co-ordinator's. */
export function ReturnsSection() {
  const triad = useTriad();
  return (
    <section className="panel returns-section" aria-labelledby="returns-heading">
      <h2 id="returns-heading">Partner returns</h2>
      {triad === null ? (
        <p>Set up the triad first (or restore the co-ordinating head’s backup): returns are about its schools.</p>
      ) : (
        <>
          <ImportReturn />
          <ExportReturn />
        </>
      )}
    </section>
  );
}
