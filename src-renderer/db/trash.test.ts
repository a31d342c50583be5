import { describe, expect, it } from 'vitest';
import { backupBytes } from './backup';
import { deleteLedgerEntry } from './budget';
import { freshDb } from './test-database';
import { seedDatabase } from './test-seed';
import { emptyExpiredTrash, emptyTrash, listTrash } from './trash';
import { undoDelete } from './records';

describe('recently deleted', () => {
  it('lists deletions, restores one, and empties those older than 30 days', async () => {
    const db = freshDb();
    const seed = await seedDatabase(db);
    await db.evidenceFiles.add({ ...seed.evidence, id: 'invoice', ownerId: seed.ledger.id, name: 'CONFIDENTIAL pupils.txt' });
    const trashId = await deleteLedgerEntry(db, seed.ledger);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([trashId, 'trash-1']);
    await undoDelete(db, trashId);
    expect(await db.evidenceFiles.get('invoice')).toBeDefined();

    await deleteLedgerEntry(db, seed.ledger);
    // The seed's own deletion is from 2003: long past 30 days.
    expect(await emptyExpiredTrash(db)).toBe(1);
    expect(await db.trash.count()).toBe(1);
  });

  it('emptied on request, deleted evidence no longer travels in any backup', async () => {
    const db = freshDb();
    const seed = await seedDatabase(db);
    await db.evidenceFiles.add({ ...seed.evidence, id: 'invoice', ownerId: seed.ledger.id, name: 'CONFIDENTIAL pupils.txt' });
    await deleteLedgerEntry(db, seed.ledger);
    expect(new TextDecoder().decode(await backupBytes(db, '0.1.0'))).toContain('CONFIDENTIAL');
    await emptyTrash(db);
    expect(new TextDecoder().decode(await backupBytes(db, '0.1.0'))).not.toContain('CONFIDENTIAL');
  });

  it('a backup for a partner can leave the trash out', async () => {
    const db = freshDb();
    const seed = await seedDatabase(db);
    await db.evidenceFiles.add({ ...seed.evidence, id: 'invoice', ownerId: seed.ledger.id, name: 'CONFIDENTIAL pupils.txt' });
    await deleteLedgerEntry(db, seed.ledger);
    const forPartner = new TextDecoder().decode(await backupBytes(db, '0.1.0', undefined, { withoutTrash: true }));
    expect(forPartner).not.toContain('CONFIDENTIAL');
    expect(await db.trash.count()).toBe(2);
  });
});
