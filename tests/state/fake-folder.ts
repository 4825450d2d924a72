// An in-memory folder with the shape of a FileSystemDirectoryHandle, for the folder-mode tests.
// Writes land on close() only (as createWritable's temporary file does); a failure injected for
// the next write leaves the old file whole. Times come from a counter, so every write differs.
import type { FolderDir, FolderFileHandle, FolderWritable } from '../../src/lib/state/folder-files';

export interface StoredFile {
	text: string;
	lastModified: number;
}

export class FakeFolder implements FolderDir {
	readonly files = new Map<string, StoredFile>();
	/** True once the folder was removed (or the USB stick pulled). */
	gone = false;
	/** Thrown by the next close() (a full disk, a permission taken back). */
	failNextWrite: Error | null = null;
	/** Every write that completed, by file name, in order. */
	readonly writes: string[] = [];
	#clock = 1_000;

	constructor(readonly name = '我的稿子') {}

	text(name: string): string | undefined {
		return this.files.get(name)?.text;
	}

	/** Another program writing the file. */
	writeOutside(name: string, text: string): void {
		this.files.set(name, { text, lastModified: ++this.#clock });
	}

	async getFileHandle(name: string, options: { create?: boolean } = {}): Promise<FolderFileHandle> {
		if (this.gone) throw new DOMException('文件夹不存在', 'NotFoundError');
		if (!this.files.has(name) && !options.create) throw new DOMException(`${name} 不存在`, 'NotFoundError');
		if (!this.files.has(name)) this.files.set(name, { text: '', lastModified: ++this.#clock });
		return {
			getFile: async () => {
				if (this.gone) throw new DOMException('文件夹不存在', 'NotFoundError');
				const f = this.files.get(name);
				if (!f) throw new DOMException(`${name} 不存在`, 'NotFoundError');
				return { text: async () => f.text, lastModified: f.lastModified, size: f.text.length };
			},
			createWritable: async (): Promise<FolderWritable> => {
				let buffer = '';
				return {
					write: async (data: string) => {
						buffer += data;
					},
					close: async () => {
						if (this.gone) throw new DOMException('文件夹不存在', 'NotFoundError');
						const fail = this.failNextWrite;
						if (fail) {
							this.failNextWrite = null;
							throw fail;
						}
						this.files.set(name, { text: buffer, lastModified: ++this.#clock });
						this.writes.push(name);
					},
					abort: async () => {
						buffer = '';
					}
				};
			}
		};
	}

	keys(): AsyncIterator<string> {
		const names = [...this.files.keys()];
		let i = 0;
		return {
			next: async () => {
				if (this.gone) throw new DOMException('文件夹不存在', 'NotFoundError');
				return i < names.length ? { value: names[i++]!, done: false } : { value: undefined, done: true };
			}
		};
	}
}

/** A full disk, as Chromium reports it. */
export const diskFull = () => new DOMException('磁盘已满', 'QuotaExceededError');
