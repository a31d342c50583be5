import { describe, expect, it } from 'vitest';
import { watchChanges } from './change-tracker';
import { TriadDatabase } from './database';
import { seededTriad } from './test-seed';

describe('watching for changes', () => {
  it('notices creates, updates and deletes, and leaves the records as written', async () => {
    const db = new TriadDatabase(`test-${crypto.randomUUID()}`);
    let changes = 0;
    const stop = watchChanges(db, () => {
      changes += 1;
    });
    const { triad } = seededTriad();
    await db.triads.add(triad);
    await db.triads.update(triad.id, { name: 'Renamed' });
    expect((await db.triads.get(triad.id))?.name).toBe('Renamed');
    expect((await db.triads.get(triad.id))?.id).toBe(triad.id);
    await db.triads.delete(triad.id);
    expect(changes).toBe(3);
    stop();
    await db.triads.add(triad);
    expect(changes).toBe(3);
    await db.delete();
  });
});
