/** A draft's history snapshots for the history panel (components reach the database through state). */
export { listSnapshots, draftHistory, type SnapshotRow } from '$lib/db';
