import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton(
		'overview-year',
		'年度概述',
		'{year}年，{unit}围绕{goal}这一目标，稳步推进各项工作。全年{metric}达到{value}亿元，同比增长{growth}%，较好地完成了年初确定的任务。',
		{
			year: ['年份', 'year', '年'],
			unit: ['单位名称', 'name'],
			goal: ['年度工作主线', 'text'],
			metric: ['主要指标', 'text'],
			value: ['主要指标数值', 'number', '亿元'],
			growth: ['同比增幅', 'percent', '%']
		}
	),
	skeleton(
		'overview-term',
		'任职以来概述',
		'{year}年{month}月任现职以来，我在{leader}的带领下，主要负责{duty}工作，牵头完成重点任务{count}项。现将有关情况报告如下。',
		{
			year: ['任职年份', 'year', '年'],
			month: ['任职月份', 'number', '月'],
			leader: ['上级组织', 'name'],
			duty: ['分管工作', 'text'],
			count: ['重点任务数', 'number', '项']
		}
	)
];
