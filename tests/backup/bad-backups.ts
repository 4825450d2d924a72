// Backups that are valid JSON but wrong in meaning, each built from one good backup so every
// case breaks one thing. Shared by the unit tests (restore into fake-indexeddb) and the browser
// test (restore through the UI, then open every view). Own text only.
import { validPack } from '../packs/hostile-cases';

type Row = Record<string, unknown>;
export interface BackupFile extends Row {
	drafts: Row[];
	snapshots: Row[];
	packs: Row[];
	settings: Row[];
	damaged?: Row[];
}

/** What must happen: refused outright, offered as a partial restore, or restored (repaired). */
export type Outcome = 'refused' | 'partial' | 'restored';

export interface BadBackup {
	name: string;
	outcome: Outcome;
	file: BackupFile;
}

const T0 = 1_780_000_000_000;

function draft(id: string, title: string, body: string, extra: Row = {}): Row {
	return {
		id,
		title,
		year: 2026,
		packId: null,
		sections: [
			{ id: `${id}-s1`, kind: 'overview', title: '概述', body },
			{ id: `${id}-s2`, kind: 'achievements', title: '主要成绩', body: '一是把台账理清了。\n二是把流程压短了。' }
		],
		createdAt: T0,
		updatedAt: T0 + 1000,
		revision: 3,
		deletedAt: null,
		...extra
	};
}

function packRow(id: string, inner: Row = {}): Row {
	return { id, version: '1.2.0', name: '测试用模板包', pack: { ...validPack(), id, ...inner }, installedAt: T0, updatedAt: T0 };
}

/** A good backup: three drafts (one in the trash), snapshots, a pack, settings. */
export function goodBackup(): BackupFile {
	return {
		type: 'gaojiang-backup',
		version: 1,
		exportedAt: '2026-05-20T08:00:00.000Z',
		drafts: [
			draft('d1', '2026年度工作总结', '这一年，科室把三项重点工作落了地。'),
			draft('d2', '述职报告', '本人分管综合办公室，全年牵头办文办会。'),
			draft('d3', '旧稿', '这是一篇放进回收站的旧稿。', { deletedAt: T0 + 5000 })
		],
		snapshots: [
			{ id: 'snap1', draftId: 'd1', takenAt: T0 + 500, reason: 'manual', draft: draft('d1', '2026年度工作总结', '较早的一版。') },
			{ id: 'snap2', draftId: 'd1', takenAt: T0 + 800, reason: 'auto', draft: draft('d1', '2026年度工作总结', '第二版。') }
		],
		packs: [packRow('test-pack')],
		settings: [
			{ key: 'export:d1', value: { preset: 'gbt9704' } },
			{ key: 'ignore:d1', value: ['k1'] }
		]
	};
}

function caseOf(name: string, outcome: Outcome, change: (b: BackupFile) => void): BadBackup {
	const file = goodBackup();
	change(file);
	return { name, outcome, file };
}

const section = (b: BackupFile, d = 0, s = 0) => (b.drafts[d]!.sections as Row[])[s]!;

export const badBackups: BadBackup[] = [
	caseOf('two sections with one id in a draft', 'restored', (b) => {
		section(b, 0, 1).id = section(b, 0, 0).id;
	}),
	caseOf('two drafts with one id', 'partial', (b) => {
		b.drafts[1]!.id = 'd1';
	}),
	caseOf('two snapshots with one id', 'partial', (b) => {
		b.snapshots[1]!.id = 'snap1';
	}),
	caseOf('two pack rows with one id', 'partial', (b) => {
		b.packs.push(packRow('test-pack', { name: '另一个名字' }));
	}),
	caseOf('two settings with one key', 'partial', (b) => {
		b.settings.push({ key: 'export:d1', value: { preset: 'plain' } });
	}),
	caseOf('pack row whose inner id differs from its row id', 'restored', (b) => {
		(b.packs[0]!.pack as Row).id = 'other-pack';
	}),
	caseOf('pack row whose inner id is a built-in pack id', 'restored', (b) => {
		(b.packs[0]!.pack as Row).id = 'park-annual-summary';
	}),
	caseOf('pack copy row kept the old way (id~xxxx, inner id of the original)', 'restored', (b) => {
		b.packs.push({ ...packRow('test-pack'), id: 'test-pack~1a2b3c4d', name: '测试用模板包（本机旧版本）' });
	}),
	caseOf('revision 2^53', 'restored', (b) => {
		b.drafts[0]!.revision = 2 ** 53;
	}),
	caseOf('revision 1e308', 'restored', (b) => {
		b.drafts[0]!.revision = 1e308;
	}),
	caseOf('negative revision', 'partial', (b) => {
		b.drafts[0]!.revision = -4;
	}),
	caseOf('revision null', 'partial', (b) => {
		b.drafts[0]!.revision = null;
	}),
	caseOf('draft id "%" (breaks the address)', 'restored', (b) => {
		b.drafts[0]!.id = '%';
		b.snapshots.forEach((s) => (s.draftId = '%'));
		b.settings = [
			{ key: 'export:%', value: { preset: 'plain' } },
			{ key: 'fill:%', value: { version: 1, count: 0, sections: [] } }
		];
	}),
	caseOf('draft id "../x"', 'restored', (b) => {
		b.drafts[1]!.id = '../x';
	}),
	caseOf('draft id with # and ?', 'restored', (b) => {
		b.drafts[1]!.id = 'a#b?c=1';
	}),
	caseOf('sections is a string', 'partial', (b) => {
		b.drafts[1]!.sections = '正文';
	}),
	caseOf('sections is [null]', 'partial', (b) => {
		b.drafts[1]!.sections = [null];
	}),
	caseOf('a section without body', 'partial', (b) => {
		delete section(b, 1, 0).body;
	}),
	caseOf('a snapshot holding garbage', 'partial', (b) => {
		b.snapshots[0]!.draft = { sections: 7 };
	}),
	caseOf('updatedAt 1e300 (no date can show it)', 'partial', (b) => {
		b.drafts[1]!.updatedAt = 1e300;
	}),
	caseOf('createdAt negative', 'partial', (b) => {
		b.drafts[1]!.createdAt = -1;
	}),
	caseOf('year 99999', 'partial', (b) => {
		b.drafts[1]!.year = 99999;
	}),
	caseOf('pack field is a string', 'partial', (b) => {
		b.packs[0]!.pack = '{"id":"test-pack"}';
	}),
	caseOf('pack content that no longer validates', 'restored', (b) => {
		(b.packs[0]!.pack as Row).sections = 'none';
	}),
	caseOf('snapshot with an unknown reason', 'partial', (b) => {
		b.snapshots[0]!.reason = 'sometime';
	}),
	caseOf('every row damaged', 'refused', (b) => {
		b.drafts = [{ id: 'x', sections: null }];
		b.snapshots = [];
		b.packs = [];
		b.settings = [{ key: '' }];
	}),
	caseOf('damaged rows carried raw', 'restored', (b) => {
		b.damaged = [{ table: 'drafts', raw: { id: 'broken-1', title: '坏掉的草稿', sections: [null] } }];
	}),
	caseOf('snapshot of a draft id "%"', 'restored', (b) => {
		b.snapshots[0]!.draftId = '%';
	}),
	caseOf('title of 5000 characters', 'partial', (b) => {
		b.drafts[1]!.title = '长'.repeat(5000);
	}),
	caseOf('packId a number', 'partial', (b) => {
		b.drafts[1]!.packId = 12;
	}),
	caseOf('deletedAt a string', 'partial', (b) => {
		b.drafts[2]!.deletedAt = '昨天';
	}),
	caseOf('ignore list a number, export settings a string', 'restored', (b) => {
		b.settings = [
			{ key: 'ignore:d1', value: 42 },
			{ key: 'export:d1', value: '仿宋' }
		];
	}),
	caseOf('draft refers to a pack that does not exist', 'restored', (b) => {
		b.drafts[0]!.packId = 'no-such-pack';
	}),
	caseOf('section of an unknown kind', 'restored', (b) => {
		section(b, 0, 0).kind = 'no-such-plugin';
	}),
	caseOf('drafts is not a list', 'refused', (b) => {
		(b as Row).drafts = { d1: 1 };
	})
];
