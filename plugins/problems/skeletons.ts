import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton(
		'problems-two',
		'两条问题',
		'一是{weakWork}推进不够快，全年只完成计划的{ratio}%，主要原因是{cause}。\n二是{weakArea}方面还有短板，{detail}，与先进单位相比仍有差距。',
		{
			weakWork: ['进度滞后的工作', 'text'],
			ratio: ['计划完成比例', 'percent', '%'],
			cause: ['主要原因', 'text'],
			weakArea: ['存在短板的方面', 'text'],
			detail: ['短板的具体表现', 'text']
		}
	)
];
