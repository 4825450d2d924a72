import { beforeEach, expect, test } from 'vitest';
import { freshDb } from '../db/helpers';
import { getDraft, listDrafts } from '../../src/lib/db';
import { ImportFlow } from '../../src/lib/state/import-flow.svelte';
import { fixture } from '../import/helpers';

beforeEach(() => {
	freshDb();
});

const file = (name: string) => new File([fixture(name)], name);

test('a GBK page → one draft per chosen sample, with the writer’s title, year and kinds, keeping its source', async () => {
	const flow = new ImportFlow();
	await flow.openFile(file('site-page.gbk.txt'));
	expect(flow.error).toBe('');
	expect(flow.source?.encoding).toBe('gbk');
	expect(flow.result?.samples).toHaveLength(3);
	expect(flow.selected).toEqual([0]);
	expect(flow.counts['related-links']).toBe(6);
	flow.toggleSample(1, true);
	flow.setTitle(0, '2025年社区工作总结');
	flow.setYear(1, 2024);
	flow.setKind(0, 0, 'free');
	const drafts = await flow.createDrafts();
	expect(drafts.map((d) => [d.title, d.year])).toEqual([
		['2025年社区工作总结', 2025],
		['社区工作总结', 2024]
	]);
	const first = await getDraft(drafts[0]!.id);
	expect(first?.sections.map((s) => s.kind)).toEqual(['free', 'achievements', 'problems', 'plan', 'signature']);
	expect(first?.source?.fileName).toBe('site-page.gbk.txt');
	expect(first?.source?.text).toContain('小编整理的社区工作总结范文');
	expect(await listDrafts()).toHaveLength(2);
	// The flow is ready for the next file.
	expect(flow.source).toBeNull();
});

test('switching a kind off changes the text the sections get', async () => {
	const flow = new ImportFlow();
	await flow.openPaste('工作总结\n\n一、成绩\n完成任务,效果明显。\n\n二、问题\n人手不足。', null);
	expect(flow.sectionsOf(0)[0]?.body).toBe('完成任务，效果明显。');
	flow.toggleKind('punct', false);
	expect(flow.sectionsOf(0)[0]?.body).toBe('完成任务,效果明显。');
	flow.toggleKind('punct', true);
	expect(flow.enabled.includes('punct')).toBe(true);
});

test('a refused file leaves a Chinese message and no preview', async () => {
	const flow = new ImportFlow();
	await flow.openFile(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], '报告.pdf'));
	expect(flow.source).toBeNull();
	expect(flow.error).toContain('PDF');
});

test('close decodings: the writer can switch to the other one', async () => {
	const flow = new ImportFlow();
	await flow.openFile(new File([new TextEncoder().encode('Meeting notes for the 2025 review, room 301, all staff: 通知')], 'notes.txt'));
	expect(flow.source?.encoding).toBe('utf-8');
	expect(flow.source?.alternatives.map((a) => a.encoding)).toEqual(['gbk']);
	flow.useDecoding(0);
	expect(flow.source?.encoding).toBe('gbk');
	expect(flow.source?.alternatives.map((a) => a.encoding)).toEqual(['utf-8']);
});
