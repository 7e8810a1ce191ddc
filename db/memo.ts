// Whole-school figures remembered while the data stays the same. Opening the overview asks for the practice status
// three times (the indicators and two cards) and the certificate rate twice, and on a city each is costly. The data is the same while this connection has written nothing (total_changes()) and no other
// connection, such as an import's worker, has committed (data_version); a restore opens a new connection.
import type { Db } from './open';
import { clientOf, preparedPerDb } from './prepared';

const KEPT = 16; // results per function and connection: the periods a user switches between

const stampOf = preparedPerDb((db) => {
  const changes = clientOf(db).prepare('select total_changes()').pluck();
  const version = clientOf(db).prepare('pragma data_version').pluck();
  return () => `${String(changes.get())}:${String(version.get())}`;
});

/** compute, answered from memory when called again with the same arguments (compared as JSON) and unchanged data.
 * Callers must not modify what it returns. Inside a transaction it always computes: the writes may yet be undone. */
export function untilDataChanges<A extends unknown[], R>(compute: (db: Db, ...args: A) => R): (db: Db, ...args: A) => R {
  const remembered = new WeakMap<Db, { stamp: string; results: Map<string, R> }>();
  return (db, ...args) => {
    if (clientOf(db).inTransaction) return compute(db, ...args);
    const stamp = stampOf(db)();
    let entry = remembered.get(db);
    if (entry?.stamp !== stamp) {
      entry = { stamp, results: new Map() };
      remembered.set(db, entry);
    }
    const key = JSON.stringify(args);
    const known = entry.results.get(key);
    if (known !== undefined) return known;
    const result = compute(db, ...args);
    if (entry.results.size >= KEPT) entry.results.delete(entry.results.keys().next().value!);
    entry.results.set(key, result);
    return result;
  };
}
