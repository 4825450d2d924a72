import 'fake-indexeddb/auto';
import { GaojiangDb, useDatabase } from '../../src/lib/db';

let n = 0;
/** A fresh, empty database for one test (unique name, so tests never share state). */
export function freshDb(): GaojiangDb {
	const db = new GaojiangDb(`gaojiang-test-${process.pid}-${++n}-${Date.now()}`);
	useDatabase(db);
	return db;
}

/** Every row of every table, sorted by key: to assert that nothing changed. */
export async function dumpTables(db: GaojiangDb): Promise<string> {
	const out: Record<string, unknown[]> = {};
	for (const t of db.tables) out[t.name] = await t.toArray();
	return JSON.stringify(out);
}
