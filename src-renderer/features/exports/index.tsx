import { Page } from '../../ui/Page';
import { PdfExports } from './pdf/PdfExports';
import { BackupSection } from './backup/BackupSection';
import { ReturnsSection } from './returns/ReturnsSection';
import { NetworkSections } from './network/NetworkSections';
import { RecentlyDeleted } from './trash/RecentlyDeleted';

export default function ExportsArea() {
  return (
    <Page title="Exports and backups" lede="Documents for governors, partner heads and the LEA; backups; partner returns.">
      <PdfExports />
      <BackupSection />
      <ReturnsSection />
      <NetworkSections />
      <RecentlyDeleted />
    </Page>
  );
}
