import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton(
		'achievements-indicators',
		'核心指标',
		'主要指标稳中有进。全年实现营业收入{revenue}亿元，同比增长{revenueGrowth}%；完成固定资产投资{investment}亿元，同比增长{investmentGrowth}%；新增市场主体{entities}家。',
		{
			revenue: ['营业收入', 'number', '亿元'],
			revenueGrowth: ['营业收入同比增幅', 'percent', '%'],
			investment: ['固定资产投资', 'number', '亿元'],
			investmentGrowth: ['固定资产投资同比增幅', 'percent', '%'],
			entities: ['新增市场主体', 'number', '家']
		}
	),
	skeleton(
		'achievements-projects',
		'重点项目',
		'重点项目加快推进。全年实施重点项目{projects}项，完成投资{projectInvestment}万元，比上年增加{projectGrowth}%，其中{flagship}项目已于{doneMonth}月建成投用。',
		{
			projects: ['重点项目数', 'number', '项'],
			projectInvestment: ['重点项目完成投资', 'number', '万元'],
			projectGrowth: ['项目投资增幅', 'percent', '%'],
			flagship: ['代表性项目名称', 'name'],
			doneMonth: ['建成月份', 'number', '月']
		}
	),
	skeleton(
		'achievements-measures',
		'主要举措',
		'工作举措落地见效。一是{measureOne}，累计服务企业{served}家次；二是{measureTwo}，办理时限比上年平均缩短{saved}%。',
		{
			measureOne: ['第一项举措', 'text'],
			served: ['服务企业家次', 'number', '家'],
			measureTwo: ['第二项举措', 'text'],
			saved: ['时限压缩比例', 'percent', '%']
		}
	)
];
