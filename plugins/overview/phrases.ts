import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '交代时间与背景',
		items: ['过去一年，面对任务重、节点紧的局面，', '任职以来，在组织的信任和同事们的支持下，', '今年上半年，我们紧扣年初排定的重点任务，']
	},
	{
		purpose: '概括总体成效',
		items: ['主要指标保持稳中有进，', '年初确定的目标任务基本按期完成，', '整体工作在全市同类单位中位居前列，']
	},
	{
		purpose: '引出下文',
		items: ['现将有关情况总结如下。', '具体情况汇报如下。']
	}
];
