import { describe } from 'vitest';
import { ruleTable } from './helpers';

const numbering = (f: { rule: string }) => f.rule === 'numbering';

describe('numbering', () => {
	ruleTable('numbering', numbering, {
		valid: [
			'一、主要成绩\n（一）经济运行\n（二）项目建设\n二、存在问题\n（一）总量偏小\n三、下步计划',
			'一是加强学习；二是改进作风；三是狠抓落实。',
			'1、完成污水处理厂建设；\n2、龙潭路向西延伸；\n3、完善排水管网。',
			'学校工作总结篇一\n一、教学\n二、德育\n学校工作总结篇二\n一、教学\n二、后勤',
			'第一部分 总体情况\n一、概况\n第二部分 主要做法\n一、强化领导\n二、完善制度'
		],
		invalid: [
			'一、主要成绩\n二、存在问题\n⟦四⟧、下步计划',
			'一、主要成绩\n⟦一⟧、存在问题',
			'一、主要成绩\n二、存在问题\n三、工作计划\n⟦一⟧、集中供热工程',
			'（一）经济运行\n⟦（三）⟧项目建设'.replace('⟦（三）⟧', '（⟦三⟧）'),
			'一是加强学习；⟦三是⟧狠抓落实。',
			'一是注重调研。\n\n⟦三是⟧珍惜机遇。'
		]
	});
});
