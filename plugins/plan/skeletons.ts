import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton(
		'plan-targets',
		'目标与节点',
		'{year}年的主要目标是：营业收入达到{revenue}亿元，增长{growth}%以上；新开工重点项目{projects}项。\n一是在{deadlineMonth}月底前完成{taskOne}；二是年内建成{taskTwo}，由{owner}牵头负责。',
		{
			year: ['计划年份', 'year', '年'],
			revenue: ['营业收入目标', 'number', '亿元'],
			growth: ['增长目标', 'percent', '%'],
			projects: ['新开工项目数', 'number', '项'],
			deadlineMonth: ['完成月份', 'number', '月'],
			taskOne: ['第一项任务', 'text'],
			taskTwo: ['第二项任务', 'text'],
			owner: ['牵头部门', 'name']
		}
	)
];
