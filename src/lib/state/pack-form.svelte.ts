/**
 * One pack being edited in the form editor: the form, every problem of it at once (recomputed as
 * the writer types, each mapped to its field by JSON path), and the raw JSON as an advanced tab.
 */
import { packEditorMessages as t } from '$lib/messages/pack-editor';
import { FieldProblems } from '$lib/packs/field-problems';
import { emptySection, emptySkeleton, formFromPack, insertSlot, move, packFromForm, removeSlot, type FormSkeleton, type PackForm } from '$lib/packs/form-model';
import { exportPackJson } from '$lib/packs/transfer';
import type { PackProblem, TemplatePack } from '$lib/packs/types';
import { packFormProblems, validatePackText, validatePackValue } from '$lib/packs/validate';
import type { SlotKind } from '$plugins/api';
import { slotKindNames } from '$lib/messages/pack-editor';

export type PackFormTab = 'form' | 'json';

export class PackFormState {
	form = $state() as PackForm;
	tab = $state<PackFormTab>('form');
	json = $state('');
	/** Problems of the JSON tab's text (it may not even be JSON). */
	jsonProblems = $state<PackProblem[]>([]);
	/** True once the writer tried to save: problems are shown from the start anyway. */
	readonly isNew: boolean;
	readonly #taken: ReadonlySet<string>;

	/** The pack the form says. */
	pack = $derived(packFromForm(this.form));
	/** Every problem of the form, live. */
	problems = $derived.by((): PackProblem[] => {
		const found = packFormProblems(this.pack);
		if (this.isNew && this.#taken.has(this.pack.id) && !found.some((p) => p.path === '$.id')) found.unshift({ path: '$.id', message: t.idTaken });
		return found;
	});
	fields = $derived(new FieldProblems(this.tab === 'form' ? this.problems : this.jsonProblems));

	/**
	 * `taken`: ids of the other packs (installed and built-in), which a new pack may not reuse.
	 * An existing pack keeps its id (the form shows it read-only).
	 */
	constructor(start: PackForm, options: { isNew: boolean; taken: ReadonlySet<string> }) {
		this.form = start;
		this.isNew = options.isNew;
		this.#taken = options.taken;
	}

	static editing(pack: TemplatePack, taken: ReadonlySet<string>): PackFormState {
		return new PackFormState(formFromPack(pack), { isNew: false, taken });
	}

	showJson(): void {
		this.json = exportPackJson($state.snapshot(this.pack) as TemplatePack);
		this.jsonProblems = [];
		this.tab = 'json';
	}

	setJson(text: string): void {
		this.json = text;
		const r = validatePackText(text);
		this.jsonProblems = r.ok ? this.#idProblem(r.pack) : r.problems;
	}

	/** Back to the form: only from JSON that reads as a pack (else its problems are shown). */
	showForm(): boolean {
		const r = validatePackText(this.json);
		if (!r.ok) {
			this.jsonProblems = r.problems;
			return false;
		}
		const id = this.#idProblem(r.pack);
		if (id.length > 0) {
			this.jsonProblems = id;
			return false;
		}
		this.form = formFromPack(r.pack);
		this.tab = 'form';
		return true;
	}

	#idProblem(pack: TemplatePack): PackProblem[] {
		if (!this.isNew && pack.id !== this.form.id) return [{ path: '$.id', message: t.idTaken }];
		if (this.isNew && this.#taken.has(pack.id)) return [{ path: '$.id', message: t.idTaken }];
		return [];
	}

	/** The pack to save, when it has no problem. */
	result(): { ok: true; pack: TemplatePack } | { ok: false } {
		if (this.tab === 'json') {
			const r = validatePackText(this.json);
			if (!r.ok || this.#idProblem(r.pack).length > 0) {
				this.setJson(this.json);
				return { ok: false };
			}
			return { ok: true, pack: r.pack };
		}
		if (this.problems.length > 0) return { ok: false };
		const r = validatePackValue($state.snapshot(this.pack));
		return r.ok ? { ok: true, pack: r.pack } : { ok: false };
	}

	addSection(plugin = 'free'): void {
		this.form.sections.push(emptySection(plugin));
	}

	moveSection(index: number, by: -1 | 1): void {
		move(this.form.sections, index, by);
	}

	removeSection(index: number): void {
		this.form.sections.splice(index, 1);
	}

	/** The section's own skeleton (`named` null) or one of its named skeletons. */
	skeleton(section: number, named: number | null): FormSkeleton | undefined {
		const s = this.form.sections[section];
		return named === null ? s?.main : s?.skeletons[named];
	}

	insertSlot(section: number, at: number, kind: SlotKind, named: number | null = null): void {
		const sk = this.skeleton(section, named);
		if (sk) insertSlot(sk, at, kind, slotKindNames[kind].label);
	}

	removeSlot(section: number, index: number, named: number | null = null): void {
		const sk = this.skeleton(section, named);
		if (sk) removeSlot(sk, index);
	}

	addSkeleton(section: number): void {
		this.form.sections[section]?.skeletons.push(emptySkeleton());
	}

	removeSkeleton(section: number, named: number): void {
		this.form.sections[section]?.skeletons.splice(named, 1);
	}

	addPhraseGroup(section: number): void {
		this.form.sections[section]?.phrases.push({ purpose: '', lines: '' });
	}

	addRule(id: string): void {
		if (id && !this.form.rules.some((r) => r.id === id)) this.form.rules.push({ id, severity: 'warning', options: null });
	}

	removeRule(index: number): void {
		this.form.rules.splice(index, 1);
	}

	/** Sets (or, with undefined, clears) one option of a rule. */
	setOption(rule: number, key: string, value: unknown): void {
		const r = this.form.rules[rule];
		if (!r) return;
		const options = { ...(r.options ?? {}) };
		if (value === undefined) delete options[key];
		else options[key] = value;
		r.options = Object.keys(options).length > 0 ? options : null;
	}
}
