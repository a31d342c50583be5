import { useState } from 'react';
import type { CoLeader } from '../../../core/network-file';
import { CameoSection } from './CameoSection';
import { NetworkSheetSection } from './NetworkSheetSection';
import { useSheetSource } from './use-sheet-source';

/** What the network sends the LEA: its identification sheet and a newsletter cameo, with the same co-leaders' contacts. */
export function NetworkSections() {
  const source = useSheetSource();
  const [coLeaders, setCoLeaders] = useState<CoLeader[] | null>(null);
  return (
    <>
      <NetworkSheetSection source={source} onCoLeaders={setCoLeaders} />
      <CameoSection source={source} coLeaders={coLeaders} />
    </>
  );
}
