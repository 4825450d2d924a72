/**
 * What the number-consistency rules know about report figures, as data with examples (written so
 * it can move into the lexicon folder as is). Verbs of change come from the lexicon
 * (CHANGE_VERBS); these are the words around a figure that decide what it is.
 */

/**
 * Measures that cannot exceed 100%: a share (占…的, 占比, 比重) or a rate of things that either
 * happen or not. Rates that may pass 100% (完成率, 增长率, 回款率, 资产负债率) are not here.
 */
export const SHARE_MEASURES = [
	'占比', '比重', '份额', '覆盖率', '合格率', '达标率', '满意率', '满意度', '知晓率', '入学率', '巩固率', '升学率',
	'就业率', '出勤率', '参与率', '治愈率', '好转率', '通过率', '受理率', '办结率', '结案率', '参保率', '签约率',
	'接种率', '优良率', '及格率', '优秀率', '成功率', '利用率', '普及率', '到位率', '处置率', '整改率', '回复率',
	'准确率', '正确率', '好评率', '入园率', '上线率', '在线率', '完好率', '配备率', '建档率', '规范化率'
] as const;
export const SHARE_EXAMPLES = { invalid: '城乡居民医保参保率达102.5%。', valid: '完成年度计划的112%，参保率达98.6%。' } as const;

/** After 占, an object that is a target: 占年度计划的105% is a completion rate, not a share. */
export const TARGET_OBJECTS = ['计划', '目标', '任务', '预算'];

/** What may stand between a share measure and its figure: 参保率达到98.6%. */
export const SHARE_LINKS = ['为', '达', '达到', '是', '保持在', '稳定在', '提高到', '提升到', '提高至', '提升至', '上升到', '上升至', '达到了'];

/** Words that make a figure a change, a comparison or a bound, not a measure's value. */
export const NOT_A_VALUE = ['占', '比', '较', '同比', '环比', '超', '近', '超过', '不足', '人均', '平均', '年均', '每', '各', '分别', '其中', '累计', '共计'];

/** Words in a sentence that put its figures in another period or make them targets. */
export const OTHER_PERIOD = ['上年', '去年', '同期', '年初', '月', '季度', '半年', '计划', '目标', '力争', '预计', '确保', '争取', '控制在', '预期', '规划', '以来', '历史'];

/**
 * Words stripped from the words before a figure to name its measure: a generic subject or a verb
 * of reporting (公司实现营业收入 and 全年营业收入 are both 营业收入; 青禾村集体经济收入 keeps its village).
 */
export const GENERIC_SUBJECTS = ['全年', '全镇', '全乡', '全县', '全市', '全区', '全省', '全街道', '全园区', '全行', '全院', '全校', '全局', '全系统', '公司', '本公司', '我公司', '我院', '我校', '我局', '我镇', '我县', '我区', '园区', '本单位', '我单位'];
export const REPORTING_VERBS = ['实现', '完成', '达到', '共计', '合计', '总计', '共有', '拥有', '现有', '达', '为', '共', '是'];
export const MEASURE_EXAMPLES = {
	conflict: '公司实现营业收入12.38亿元。……全年营业收入12.83亿元。',
	slip: '公司实现营业收入12.38亿元。……营业收入12.38万元。',
	same: '公司实现营业收入12.38亿元。……全年营业收入12.4亿元。'
} as const;

/**
 * Attributes every project or item has its own value of (道路全长22.4公里，总投资8.7亿元 names a
 * road's figures): the same name with two values is two items, not a conflict. Whole names only
 * (固定资产投资 is a report's measure).
 */
export const ITEM_ATTRIBUTES = [
	'投资', '总投资', '计划投资', '计划总投资', '项目总投资', '协议投资', '协议总投资', '合同价', '合同金额', '中标价', '造价', '占地', '占地面积', '建筑面积', '用地面积', '面积', '全长', '长度', '宽度',
	'高度', '规模', '金额', '资金', '价格', '产能', '容量', '库容', '注册资本', '标的', '补助', '奖励', '人口', '里程',
	// A score is the item's, named earlier in the sentence (财务系统通过测评，得分88.6分).
	'得分', '评分', '分数', '总分'
];
export const ITEM_EXAMPLE = '一号路全长22.4公里，总投资8.7亿元。二号路全长6公里，总投资3.26亿元。';

/** A heading that opens a section about next year: figures there are targets. */
export const PLAN_HEADING = /计划|打算|思路|安排|目标|展望|下一步|下步|努力方向|重点工作/;

/** Verbs of a rate's direction (增长 wants the second value larger, 下降 smaller). */
export const RISE_WORDS = ['增长', '增加', '提高', '提升', '上升', '增幅', '扩大', '上涨'];
export const FALL_WORDS = ['下降', '减少', '降低', '缩短', '降幅', '减幅', '压减', '缩减', '下滑', '回落'];
export const RATE_EXAMPLES = {
	invalid: '园区企业由120家增至150家，增长30%。',
	valid: '园区企业由120家增至150家，增长25%；优良率由82%提高到86.5%，提高4.5个百分点。'
} as const;

/** Clauses after 其中 that start a new statement, not another part: 实现利税… */
export const PART_STOPS = ['实现', '完成', '带动', '上缴', '缴纳', '创造', '吸纳', '安置', '同比', '比上年', '较上年'];
export const PART_EXAMPLES = {
	invalid: '全镇共有党员320名，其中女党员86名、少数民族党员12名、35岁以下党员240名。',
	valid: '业务收入8600万元，其中医疗收入5200万元，药品收入2400万元，同比增加300万元。'
} as const;
