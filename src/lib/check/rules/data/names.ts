/**
 * What bounds a proper name in report prose, for finding a 范文's own names (places, companies,
 * people) in a draft made from it. Data with examples, written so it can move into the lexicon
 * folder as is. Name suffixes and surnames are the lexicon's (NAME_SUFFIXES, SURNAMES).
 */
import { OFFICE_TITLES } from '../../lexicon';

/**
 * Words that stand right before a name and are not part of it: "在|青石镇", "支持|华远机械股份有限公司".
 * Reading leftwards from a name suffix, the name starts after the nearest of these.
 */
export const BEFORE_NAME = [
	'的', '在', '于', '对', '与', '和', '及', '同', '向', '为', '由', '把', '将', '被', '让', '从', '到', '是', '了', '等', '并', '即', '据', '以', '给', '跟', '或', '共', '全', '本', '我', '各', '该', '其', '此', '这', '每',
	'支持', '推动', '协助', '配合', '帮助', '联合', '依托', '围绕', '服务', '建设', '打造', '完成', '实现', '引进', '落户', '入驻', '位于',
	'来自', '代表', '组织', '开展', '召开', '举办', '参加', '带领', '指导', '成立', '获评', '荣获', '评为', '授予', '签约', '走访', '调研', '考察', '慰问',
	'启动', '使得', '推进', '按照', '落实', '发挥', '通过', '提升', '调整', '充实', '选派', '调任', '建成', '改造', '继续', '认真', '充分', '积极',
	'加快', '深入', '全面', '着力', '确保', '促进', '带动', '连接', '前往', '进入', '进驻', '覆盖', '高速', '平台', '重点', '致', '进', '驻', '月', '年', '级', '稳', '兴', '强'
];

/**
 * Suffixes that end a proper name, with how long the name before them may be: places are short
 * (青禾镇, 图木舒克市), organisations longer (华远机械股份有限公司). Generic heads such as 项目, 工程,
 * 企业, 中心 are left out on purpose: "新开工项目" is no one's name.
 */
export const PROPER_SUFFIXES: ReadonlyArray<{ suffixes: readonly string[]; min: number; max: number; example: string }> = [
	{ suffixes: ['省', '市', '县', '区', '镇', '乡', '村', '州', '旗', '街道', '社区'], min: 2, max: 4, example: '青禾镇' },
	{ suffixes: ['路', '街', '大道', '大街'], min: 2, max: 3, example: '华胜路' },
	{
		suffixes: [
			'股份有限公司', '有限责任公司', '有限公司', '集团', '公司', '银行', '合作社', '协会', '商会', '医院', '卫生院', '学校', '小学',
			'中学', '大学', '学院', '幼儿园', '产业园', '工业园区', '工业园', '开发区', '高新区', '经开区'
		],
		min: 2,
		max: 10,
		example: '华远机械股份有限公司'
	}
];

/** Name prefixes too general to be anyone's own name: 人民医院, 实验小学, 经济开发区, 现代产业园. */
export const GENERIC_NAME_PREFIXES = ['农民', '山区', '人民', '中心', '实验', '经济', '现代', '工业', '高新', '技术', '开发', '城区', '农村', '社会', '专业', '股份', '有限', '集团', '重点', '示范', '基层', '党支部', '村民', '居民', '卫生', '综合', '服务', '管理', '文化', '产业'];

/** People: a surname and one or two characters before a title of office (lexicon OFFICE_TITLES), 同志 or a calling. */
export const PERSON_TITLES: readonly string[] = ['同志', '老师', '医生', ...OFFICE_TITLES];

export const NAME_EXAMPLES = {
	source: '在青石镇党委的领导下，支持华远机械股份有限公司扩建，王建国同志带队走访全镇12个村。',
	names: ['青石镇', '华远机械股份有限公司', '王建国'],
	notNames: ['全镇', '人民医院']
} as const;
