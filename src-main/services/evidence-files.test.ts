import { describe, expect, it } from 'vitest';
import { isOpenableEvidence, markAsDownloaded, normaliseEvidenceName, realExtension } from './evidence-files';
import { associatedFileInArgv, associatedPurposeOf } from './file-associations';
import { withRequiredExtension } from './file-purposes';

describe('evidence files from other schools', () => {
  it('removes bidi controls and invisible characters, so the real extension shows', () => {
    expect(normaliseEvidenceName('notes\u202Efdp.exe')).toBe('notesfdp.exe');
    expect(normaliseEvidenceName('report\u2067.pdf\u2069.js')).toBe('report.pdf.js');
    expect(normaliseEvidenceName('photo\u200B.jpg')).toBe('photo.jpg');
    expect(normaliseEvidenceName('minutes.pdf. . ')).toBe('minutes.pdf');
    expect(normaliseEvidenceName('data.pdf:evil.exe')).toBe('data.pdf_evil.exe');
    expect(realExtension('Report.PDF')).toBe('pdf');
    expect(realExtension('README')).toBe('');
  });

  it('opens documents and pictures only', () => {
    for (const name of ['plan.pdf', 'Observation.DOCX', 'scores.xlsx', 'class photo.jpeg', 'notes.txt', 'slides.pptx']) {
      expect(isOpenableEvidence(name), name).toBe(true);
    }
    for (const name of ['run.hta', 'setup.exe', 'script.js', 'shortcut.lnk', 'page.html', 'drawing.svg', 'macro.docm', 'notes\u202Efdp.exe', 'report.pdf.scr', 'noextension', 'x.url', 'x.ps1', 'x.bat', 'x.msi', 'x.jar', 'x.vbs']) {
      expect(isOpenableEvidence(name), name).toBe(false);
    }
  });

  it('marks the copy as downloaded from the internet on Windows only', async () => {
    const writes: [string, string][] = [];
    const write = async (target: string, text: string) => {
      writes.push([target, text]);
    };
    expect(await markAsDownloaded('C:\\data\\plan.pdf', 'win32', write)).toBe(true);
    expect(writes).toEqual([['C:\\data\\plan.pdf:Zone.Identifier', '[ZoneTransfer]\r\nZoneId=3\r\n']]);
    expect(await markAsDownloaded('/data/plan.pdf', 'linux', write)).toBe(false);
    expect(await markAsDownloaded('E:\\usb\\plan.pdf', 'win32', async () => Promise.reject(new Error('no streams on FAT32')))).toBe(false);
  });
});

describe('file associations', () => {
  it('knows backups and returns, and finds them on a command line', () => {
    expect(associatedPurposeOf('/home/head/North.triadbackup')).toBe('backup');
    expect(associatedPurposeOf('C:\\Mail\\Spring.TRIADRETURN')).toBe('partner-return');
    expect(associatedPurposeOf('/tmp/evil.exe')).toBeNull();
    expect(associatedFileInArgv(['/opt/Triad Planner/triad-planner', '--no-sandbox', '/home/head/North.triadbackup'])).toBe('/home/head/North.triadbackup');
    expect(associatedFileInArgv(['electron', '.', '--flag=x.triadbackup'])).toBeNull();
  });
});

describe('save dialogs', () => {
  it('adds the extension Linux dialogs leave off', () => {
    const backup = [{ name: 'Triad Planner backups', extensions: ['triadbackup', 'json'] }];
    expect(withRequiredExtension('/home/head/North triad', backup)).toBe('/home/head/North triad.triadbackup');
    expect(withRequiredExtension('/home/head/North triad.json', backup)).toBe('/home/head/North triad.json');
    expect(withRequiredExtension('/home/head/North.TRIADBACKUP', backup)).toBe('/home/head/North.TRIADBACKUP');
    expect(withRequiredExtension('/home/head/plan.', [{ name: 'PDF', extensions: ['pdf'] }])).toBe('/home/head/plan.pdf');
    expect(withRequiredExtension('/home/head/anything', [{ name: 'All files', extensions: ['*'] }])).toBe('/home/head/anything');
  });
});
