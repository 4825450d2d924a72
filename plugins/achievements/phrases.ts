import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '引出指标',
		items: ['从主要指标看，', '全年各项指标运行平稳，', '与上年同期相比，']
	},
	{
		purpose: '写项目进展',
		items: ['项目从签约到开工用时明显缩短，', '按照“一个项目、一名责任人、一张时间表”推进，', '目前主体工程已完工，正在进行设备调试。']
	},
	{
		purpose: '写做法与成效',
		items: ['通过建立周调度制度，', '把问题清单变成了任务清单，', '这一做法已在全系统推广。']
	}
];
