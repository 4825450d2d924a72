import { describe, expect, test } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Unfilled template paragraphs in many genres, written for these tests in the style template
 * sites scrub their samples: every ⟦⟧ is a blank the writer must fill.
 */
describe('blanks across genres', () => {
	ruleTable('乡镇', isBlank, {
		valid: [],
		invalid: [
			'⟦xx⟧镇辖⟦⟧个行政村，总人口⟦⟧人，耕地面积⟦⟧亩。',
			'20⟦xx⟧年，全镇完成财政收入⟦⟧万元，同比增长⟦⟧%；农民人均纯收入达到⟦⟧元。',
			'全年共调处矛盾纠纷⟦⟧起，调处成功率达⟦⟧%。',
			'新建村级活动场所⟦⟧个，硬化村组道路⟦⟧公里，改造农村危房⟦⟧户。',
			'于⟦⟧月⟦⟧日召开全镇经济工作会议。'
		]
	});
	ruleTable('学校', isBlank, {
		valid: [],
		invalid: [
			'我校现有教学班⟦⟧个，在校学生⟦⟧人，教职工⟦⟧名。',
			'中考升学率达⟦⟧%，比上年提高⟦⟧个百分点。',
			'全年组织教研活动⟦⟧次，教师撰写论文⟦⟧篇，其中获奖⟦⟧篇。',
			'⟦XX⟧小学在20⟦XX⟧年全县教学质量评估中荣获第⟦⟧名。'
		]
	});
	ruleTable('医院', isBlank, {
		valid: [],
		invalid: [
			'全年完成门诊⟦⟧人次，同比增长⟦⟧%；住院⟦⟧人次，同比增长⟦⟧%。',
			'业务收入⟦⟧万元，其中医疗收入⟦⟧万元，药品收入⟦⟧万元，药占比⟦⟧%。',
			'开展新技术新项目⟦⟧项，引进硕士研究生⟦⟧名。'
		]
	});
	ruleTable('企业财务', isBlank, {
		valid: [],
		invalid: [
			'公司全年实现营业收入⟦⟧万元，较上年增加⟦⟧万元，增长⟦⟧%；实现利润总额⟦⟧万元。',
			'资产总额⟦⟧亿元，负债总额⟦⟧亿元，资产负债率为⟦⟧%。',
			'应收账款余额⟦⟧万元，比年初下降⟦⟧。',
			'管理费用⟦⟧万元，同比减少⟦⟧万元，下降⟦⟧%。'
		]
	});
	ruleTable('安全生产', isBlank, {
		valid: [],
		invalid: [
			'全年共检查生产经营单位⟦⟧家次，排查一般隐患⟦⟧项，整改率⟦⟧%。',
			'下达执法文书⟦⟧份，罚款⟦⟧万元，关闭取缔非法企业⟦⟧家。',
			'全县共发生各类安全事故⟦⟧起，死亡⟦⟧人，同比分别下降⟦⟧和⟦⟧。'.replace('⟦⟧和⟦⟧', '⟦⟧%和⟦⟧%'),
			'组织应急演练⟦⟧场次，参与人员⟦⟧人次。'
		]
	});
	ruleTable('招商', isBlank, {
		valid: [],
		invalid: [
			'全年新签约项目⟦⟧个，协议总投资⟦⟧亿元，其中亿元以上项目⟦⟧个。',
			'实际利用外资⟦⟧万美元，到位内资⟦⟧亿元，完成年度目标任务的⟦⟧%。',
			'在⟦××⟧经济开发区举办招商推介会，签约金额⟦⟧亿元。'
		]
	});
	ruleTable('党建', isBlank, {
		valid: [],
		invalid: [
			'全年发展党员⟦⟧名，转正预备党员⟦⟧名，慰问困难党员⟦⟧人，发放慰问金⟦⟧元。',
			'开展主题党日活动⟦⟧次，党员参与率达⟦⟧%。',
			'⟦xxx⟧同志在⟦xx⟧党支部担任书记期间，认真履行第一责任人职责。'
		]
	});
	ruleTable('承诺书', isBlank, {
		// A signature field is signed in a name, a seal field names the unit (lexicon PERSON_NAME_PLACES).
		valid: [],
		invalid: [
			'单位（盖章）：⟦________⟧',
			'承诺人（签字）：⟦________⟧\n\n2023年3月15日',
			'本人⟦______⟧，系⟦______⟧单位职工，郑重承诺如下：',
			'承诺人：⟦________⟧\n\n20⟦__⟧年⟦__⟧月⟦__⟧日',
			'本单位承诺于⟦⟧月⟦⟧日前完成全部整改。'
		]
	});
	ruleTable('繁體與全角', isBlank, {
		valid: ['本公司實現營業收入３．５億元，同比增長１２％，佔全市的８．６％。', '工業總產值達到１２６億元，增長兩個百分點。'],
		invalid: [
			'２０⟦ｘｘ⟧年，本鎮實現財政收入⟦⟧萬元，同比增長⟦⟧％。',
			'全年完成固定資產投資⟦⟧億元，佔年度計劃的⟦⟧％。',
			'新增就業崗位⟦⟧個，城鎮登記失業率控制在⟦⟧％以內。',
			'實現利潤⟦ＸＸ⟧萬元，比上年增長⟦⟧個百分點。',
			'全年簽約項目⟦⟧個，執法檢查⟦⟧次，事故起數和死亡人數分別下降⟦⟧%和⟦⟧%。',
			'於⟦⟧月⟦⟧日前完成，⟦××⟧鎮黨委書記帶隊。'
		]
	});
	// counts3 (session 12): traditional forms of the verbs and classifiers a count reads (處理, 訴, 輪, 給, 談).
	ruleTable('繁體的計數：動詞與量詞', isBlank, {
		valid: ['全年組織巡察3輪，處理違紀幹部12人，移送審查起訴2人。', '對5名新任幹部進行廉政談話，給予黨紀處分4人。'],
		invalid: [
			'全年組織巡察⟦⟧輪，發現問題⟦⟧個。',
			'批評教育和處理⟦⟧人，其中給予黨紀處分⟦⟧人。',
			'本年度處理違規人員⟦⟧人，移送司法機關審查起訴⟦⟧人。',
			'開展廉政談話⟦⟧人次，堅決查處違紀案件⟦⟧件。'
		]
	});
	ruleTable('template-site style', isBlank, {
		valid: [],
		invalid: [
			'今年以来，我镇共完成招商引资项目⟦⟧个，到位资金⟦⟧万元；农民人均纯收入⟦⟧元，增长⟦⟧%。',
			'全镇共有党员⟦⟧名，其中女党员⟦⟧名。全年共接待来访群众⟦⟧人次。',
			'全校共有⟦⟧个教学班。获得省级⟦⟧项。',
			'召开民主生活会⟦⟧次，上党课⟦⟧次。下达整改指令书⟦⟧份，发现隐患⟦⟧条。',
			'与上年同期相比增长⟦⟧，',
			'日期：⟦⟧年⟦⟧月⟦⟧日'
		]
	});
	ruleTable('Markdown', isBlank, {
		valid: ['## 一、主要成绩\n\n- **经济指标**：实现产值12亿元，同比增长8%。\n- **项目建设**：新开工项目6个。'],
		invalid: [
			'## 一、主要成绩\n\n- **经济指标**：实现产值⟦⟧亿元，同比增长⟦⟧%。\n- **项目建设**：新开工项目⟦⟧个。',
			'| 指标 | 完成 |\n| --- | --- |\n| 工业产值 | ⟦xx⟧亿元 |'
		]
	});
});

describe('an unfilled county report (our own text)', () => {
	test('every line with a scrubbed figure, year or name is flagged', async () => {
		const { readFileSync } = await import('node:fs');
		const path = await import('node:path');
		const { checkText } = await import('$lib/check');
		const text = readFileSync(path.join(import.meta.dirname, 'fixtures', 'blank-county-misc.txt'), 'utf8');
		const lines = new Set(checkText(text).filter((f) => f.category === 'blank').map((f) => f.line));
		const expected = text.split('\n').map((l, i) => (l.trim() ? i + 1 : 0)).filter(Boolean);
		expect([...lines].sort((a, b) => a - b)).toEqual(expected);
	});
});
