/** The shapes of the checker's knowledge tables. Every entry carries an example of its own. */

/** What a unit measures, so a fill-in form, a skeleton slot or a plugin can tell money from people. */
export type UnitKind =
	| 'money'
	| 'percent'
	| 'area'
	| 'length'
	| 'volume'
	| 'weight'
	| 'energy'
	| 'power'
	| 'count'
	| 'people'
	| 'time'
	| 'magnitude'
	/** Freight or passenger turnover (吨公里, 人公里). */
	| 'turnover'
	/** Amounts of data (TB, GB). */
	| 'data'
	/** Temperatures (℃). */
	| 'temperature'
	/** Sound levels (分贝). */
	| 'sound'
	/** Concentrations (mg/L, μg/m³). */
	| 'concentration'
	/** Doses counted in defined daily doses (DDDs). */
	| 'dose'
	/** Turbidity of water (NTU). */
	| 'turbidity'
	/** Voltages of lines and substations (千伏). */
	| 'voltage';

/** A unit of measure written after its figure (亿元, 平方米, 人次). */
export interface Unit {
	text: string;
	kind: UnitKind;
	/**
	 * How the unit reads with nothing before it. `strong`: its figure is gone wherever it stands
	 * after a noun (实现产值亿元). `loose`: it is also an ordinary character or noun (元旦, 产品批次),
	 * so only at the end of a clause. `figure-only`: recognised after a figure or a mask, never
	 * alone (十万元 after a mask).
	 */
	gap: 'strong' | 'loose' | 'figure-only';
	/** A loose single character (元, 亩) rather than a loose noun-like count (批次, 课时). */
	single?: true;
	/**
	 * Also a plain noun or a word's tail on its own (米 of 大米, 小时 of 小时候): kept out of the
	 * list of units that close a list or follow a mask.
	 */
	bare?: true;
	/**
	 * A size or a rating: a product of two figures before it (3×4米, 2×350兆瓦: two units of 350 each;
	 * not an area: 2X30平方米 is a figure with a digit masked, as the tune14 golds read it)
	 * is a size or a count of units times their capacity, not a masked digit.
	 */
	size?: true;
	/** Magnitudes that compose a strong unit with it, space-separated (万 亿: 万吨, 亿吨). */
	magnitudes?: string;
	/** Magnitudes that compose a unit recognised only after a figure (十万 of 十万元: 十 is also a numeral). */
	figureOnly?: string;
	/** Our own phrase using the unit after its figure. */
	example: string;
}

/** A classifier (家, 个, 项) and what it counts. */
export interface Classifier {
	char: string;
	/**
	 * Last characters of the nouns it counts (家 counts 企业, 公司, 门店…); undefined when it
	 * counts anything. With nothing before it, a classifier after another noun is prose (方面).
	 */
	counts?: string;
	/** Characters before it that make it a noun suffix instead (结构件, 零部件). */
	notAfter?: string;
	/** Also opens ordinary words after a verb (覆盖面, 支持, 分配): not read as a count before a noun. */
	opensWords?: true;
	/** Also opens the name of a unit after a mask (xx支队, xx分局, xx门诊). */
	opensNames?: true;
	/** Opens a count right after a list, an area or a target (，个党支部, 全县个村). */
	framed?: true;
	/** Our own phrase using it with its figure. */
	example: string;
}

/**
 * What a classifier counts, by the nouns it counts (电缆|根, 歌曲|首, 档案|盒): a noun of this
 * list right before the classifier makes "noun + classifier" a count whose figure is gone once
 * a verb, 共 or 其中 opens the clause (更换电缆根，, 档案共计盒。). The classifier table's
 * `counts` is the coarse reading by one character; this is the reading by whole nouns, and it
 * also holds classifiers too common in words to stand in the classifier table (首, 部, 盒, 组).
 */
export interface Collocation {
	classifier: string;
	/** Nouns (or their last characters, as words: 电缆, 广告牌) the classifier counts. */
	nouns: readonly string[];
	/** Our own phrase using it with its figure. */
	example: string;
}

/**
 * counts8 (session 16): a kind of thing and the classifiers that count it, by the last characters
 * of its nouns (images end in 画, 图, 照, 片 and count in 幅: 照片|幅, 油画|幅, 示意图|幅). Where a
 * noun of the kind ends right before one of its classifiers, and the classifier closes the clause
 * as a word of its own, the count's figure is gone whatever noun or verb it is: the kind carries
 * to nouns no row names. Only kinds whose last characters rarely glue to the classifier into a
 * word of their own (not 会|场: 会场 is a venue).
 */
export interface CountedKind {
	kind: string;
	/** Last characters of the nouns of the kind. */
	lasts: string;
	/** The classifiers that count things of the kind. */
	classifiers: string;
	/** Our own phrase counting a noun of the kind, its figure written. */
	example: string;
}

/** What a verb does to the figure next to it. */
export type VerbRole =
	/** 增长, 下降: a change, its figure follows (同比增长8%). */
	| 'change'
	/** One of the core change verbs, measured even with no 同比 before it after a figure (产值12亿元，增长). */
	| 'change-core'
	/** 新增, 培育: opens a count (新增企业5家). */
	| 'counting'
	/** 建立, 覆盖: opens a count right before a classifier (建立3个工作站). */
	| 'classifier'
	/** 完成, 突破, 约: stands right before a figure (完成投资12亿元). */
	| 'quantity'
	/**
	 * A verb of works, making or handling whose object is counted after it (更换电缆36根,
	 * 创作歌曲8首): opens a count that closes its clause; read by count-closing-clause only.
	 */
	| 'works';

/** A verb with its roles. */
export interface Verb {
	text: string;
	roles: readonly VerbRole[];
	example: string;
}

/** A group of words sharing one reason (and one example) for being an exception to a frame. */
export interface WordGroup {
	words: readonly string[];
	why: string;
	example: string;
}

/** A set of characters sharing one reason (and one example) for being an exception to a frame. */
export interface CharGroup {
	chars: string;
	why: string;
	example: string;
}
