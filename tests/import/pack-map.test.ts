import { expect, test } from 'vitest';
import { mapOntoPack } from '$lib/import/pack-map';
import type { ImportedSection } from '$lib/import';

const imported: ImportedSection[] = [
	{ title: '', kind: 'overview', body: '开头一段。' },
	{ title: '一、抓党建', kind: 'achievements', body: '召开会议次。' },
	{ title: '二、抓服务', kind: 'achievements', body: '办理事项件。' },
	{ title: '三、存在的问题', kind: 'problems', body: '人手不足。' },
	{ title: '四、其他', kind: 'free', body: '另有说明。' }
];

const pack = {
	sections: [
		{ plugin: 'overview', title: '概述' },
		{ plugin: 'achievements', title: '主要成绩' },
		{ plugin: 'problems', title: '存在问题' },
		{ plugin: 'plan', title: '下一步工作计划', skeleton: '明年将重点抓好____项工作。' }
	]
};

test('pack sections take the imported sections of their kind; the rest follow; nothing is dropped', () => {
	expect(mapOntoPack(imported, pack)).toEqual([
		{ title: '概述', kind: 'overview', body: '开头一段。' },
		{ title: '主要成绩', kind: 'achievements', body: '一、抓党建\n召开会议次。\n\n二、抓服务\n办理事项件。' },
		{ title: '存在问题', kind: 'problems', body: '人手不足。' },
		{ title: '下一步工作计划', kind: 'plan', body: '明年将重点抓好____项工作。' },
		{ title: '四、其他', kind: 'free', body: '另有说明。' }
	]);
});

test('a kind the pack lists twice hands out one imported section to each', () => {
	const twice = { sections: [{ plugin: 'achievements', title: '成绩一' }, { plugin: 'achievements', title: '成绩二' }] };
	expect(mapOntoPack(imported.slice(1, 3), twice).map((s) => [s.title, s.body])).toEqual([
		['成绩一', '召开会议次。'],
		['成绩二', '办理事项件。']
	]);
});
