/** Damaged rows for the list that shows them (components reach the database through state). */
export { listDamaged, deleteDamaged, describeDbError, type DamagedRow } from '$lib/db';
