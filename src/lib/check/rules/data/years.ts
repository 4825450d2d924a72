/**
 * How reports write years, and the frames in which a year is the report's own, as data with
 * examples (written so it can move into the lexicon folder as is). All patterns run on the
 * folded text (half-width digits).
 */

/** A year written with Arabic digits (2026年) or digit by digit in Chinese (二〇二六年). */
export const ARABIC_YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?=年)/g;
export const CHINESE_YEAR = /(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=年)/g;

/** The year digits inside a frame (the `{Y}` of YearFrame.re). */
export const YEAR_DIGITS = '(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}';

/** Where in the report a year frame looks: a paragraph's start, anywhere, or a title or heading line. */
export type YearPlace = 'opening' | 'anywhere' | 'title';

/**
 * A frame in which a year names a year the report is about. `offset` is what the year must be
 * relative to the report's year Y (0 = Y, 1 = Y+1, -1 = Y-1); `also` lists other offsets that
 * are fine there. `re` has one group, the year digits (`{Y}` is replaced by the year pattern).
 */
export interface YearFrame {
	id: string;
	place: YearPlace;
	re: string;
	offset: number;
	also?: readonly number[];
	/** With Y = 2026: a sentence the frame flags, and one it must leave alone. */
	invalid: string;
	valid: string;
}

export const YEAR_FRAMES: readonly YearFrame[] = [
	{
		id: 'opening',
		place: 'opening',
		re: '^({Y})年(?:度)?(?:，|,|全年|上半年|下半年|前三季度|第?[一二三四]季度)',
		offset: 0,
		also: [1],
		invalid: '2023年，园区新引进企业18家。',
		valid: '2020年建成的污水处理厂运行平稳。'
	},
	{
		id: 'is-year',
		place: 'anywhere',
		re: '(?:^|[，。；！？])({Y})年是',
		offset: 0,
		also: [1],
		invalid: '2023年是全面落实“十四五”规划的关键之年。',
		valid: '2021年是建党一百周年。'
	},
	{
		id: 'this-year',
		place: 'anywhere',
		re: '(?:今年|本年度|本年)[（(]?(?:即|是)?({Y})年',
		offset: 0,
		invalid: '今年（2023年）全镇粮食总产量再创新高。',
		valid: '今年（2026年）全镇粮食总产量再创新高。'
	},
	{
		id: 'year-this',
		place: 'anywhere',
		re: '({Y})年(?:度)?[（(](?:即)?(?:今年|本年度|本年)',
		offset: 0,
		invalid: '2023年（今年）是承上启下的一年。',
		valid: '2026年（本年度）是承上启下的一年。'
	},
	{
		id: 'next-year',
		place: 'anywhere',
		re: '(?:明年|下一年度|下一年|来年)[（(]?(?:即|是)?({Y})年',
		offset: 1,
		invalid: '明年（2024年）将启动二期工程。',
		valid: '明年（2027年）将启动二期工程。'
	},
	{
		id: 'year-next',
		place: 'anywhere',
		re: '({Y})年(?:度)?[（(](?:即)?(?:明年|下一年度|下一年)',
		offset: 1,
		invalid: '2024年（明年）将启动二期工程。',
		valid: '2027年（明年）将启动二期工程。'
	},
	{
		id: 'last-year',
		place: 'anywhere',
		re: '(?:去年|上一年度|上年度)[（(](?:即)?({Y})年',
		offset: -1,
		invalid: '去年（2022年）全县接待游客310万人次。',
		valid: '去年（2025年）全县接待游客310万人次。'
	},
	{
		id: 'title',
		place: 'title',
		re: '({Y})年(?:度)?(?:上半年|下半年|第?[一二三四]季度|前三季度)?[^，。；]{0,16}(?:总结|述职|报告|汇报)',
		offset: 0,
		invalid: '青禾镇2023年度工作总结',
		valid: '青禾镇2026年度工作总结'
	},
	{
		id: 'plan-title',
		place: 'title',
		re: '({Y})年(?:度)?[^，。；]{0,12}(?:计划|打算|思路|安排|要点)$',
		offset: 1,
		also: [0],
		invalid: '四、2024年工作打算',
		valid: '四、2027年工作打算'
	}
];

/** History cues: a frame in a sentence holding one of these tells history, not the report's year. */
export const HISTORY_CUES = ['成立', '建成', '周年', '时任', '当年', '那一年', '那年', '回顾', '回首', '曾经', '始建', '调任', '任命', '入职', '参加工作', '毕业'];
