import { downloadBackup } from '../backup';
import type { Draft } from '../model';

/**
 * App-wide odds and ends the layout and pages share: the open draft's in-memory text (so an
 * emergency backup from the layout banner includes unsaved words).
 */
class AppState {
	/** Returns the open draft as it is in memory, if a draft page is open. */
	openDraft = $state<(() => Draft | null) | null>(null);

	async downloadBackupNow(): Promise<void> {
		const d = this.openDraft?.();
		await downloadBackup(d ? [d] : []);
	}
}

export const app = new AppState();
