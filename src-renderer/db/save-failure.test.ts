import { describe, expect, it } from 'vitest';
import { isUtf16, openEnvelope } from '../core/file-envelope';
import { DISK_FULL_MESSAGE, saveFailureMessage } from './save-failure';

describe('the machine’s own problems in plain English', () => {
  it('says the disk is full however IndexedDB reports it', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const aborted = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    const blobs = Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'DataError' });
    for (const error of [quota, aborted, blobs]) expect(saveFailureMessage(error)).toBe(DISK_FULL_MESSAGE);
    expect(saveFailureMessage(new Error('That school no longer exists.'))).toBe('That school no longer exists.');
  });

  it('recognises a UTF-16 file by its byte-order mark', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00]);
    expect(isUtf16(utf16)).toBe(true);
    expect(isUtf16(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b]))).toBe(false);
    const opened = await openEnvelope(utf16, { noun: 'backup', format: 'triad-planner-backup', formatVersion: 1 });
    expect(opened).toEqual({ ok: false, error: expect.stringContaining('This file is saved as UTF-16: save it as UTF-8 or CSV from your spreadsheet') });
  });
});
