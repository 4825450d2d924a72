import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '引出问题',
		items: ['在肯定成绩的同时，我们也清醒地看到，', '对照年初目标，工作中还存在一些不足：']
	},
	{
		purpose: '说明差距',
		items: ['与年初计划相比还差', '进度比原定节点晚了', '群众反映较多的是']
	},
	{
		purpose: '分析原因',
		items: ['究其原因，主要是', '从主观上看，', '这说明我们在统筹协调上还有欠缺。']
	}
];
