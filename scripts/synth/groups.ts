/**
 * Phrasing groups for reading the misses: the harness's own rough sort of a hole by its shape and
 * the text right around it (first group that fits wins). These are for people reading the table,
 * not knowledge for the checker; each group has an example in our own words.
 */
import type { Edit } from './generate';

export interface Group {
	id: string;
	example: string;
	fits: (e: Edit, before: string, after: string) => boolean;
}

export const GROUPS: readonly Group[] = [
	{ id: 'range, one end gone', example: '力争用⟪⟫—5年时间', fits: (e) => e.shape === 'range' },
	{ id: 'date (月/日)', example: '2026年12月⟪⟫日', fits: (e) => e.shape === 'date' },
	{ id: 'plain column table', example: '开发区      ⟪⟫       8.9', fits: (e) => e.shape === 'column' },
	{ id: 'markdown table cell', example: '| 营业收入 | ⟪⟫亿元 |', fits: (e, b) => e.shape === 'table' || /\|[ \t]*$/.test(b) },
	{ id: 'list with 、', example: '5人获一等奖、⟪⟫人获二等奖', fits: (e, b) => e.shape === 'list' || /、[ \t]*$/.test(b) },
	{ id: 'sign before (-, +)', example: '最低气温 -⟪⟫℃', fits: (_, b) => /[-−－+＋][ \t]*$/.test(b) },
	{ id: 'symbol after (℃ ∶ : ~ —)', example: '生师比约为⟪⟫∶1', fits: (_, __, a) => /^[ \t]*[℃∶:：~～—–\-]/.test(a) },
	{ id: 'line break right after', example: '控制在⟪⟫⏎天以内', fits: (_, __, a) => /^[ \t]*\r?\n/.test(a) },
	{ id: 'line break right before', example: '容量⏎⟪⟫万千伏安', fits: (_, b) => /\n[ \t]*$/.test(b) },
	{ id: 'threshold (以上/以下/以内)', example: '，⟪⟫岁以上老人', fits: (_, __, a) => /^[ \t]*[^，。；,;\s]{0,3}以[上下内]/.test(a) },
	{ id: 'duration (小时 分钟 秒 天 个月 周年)', example: '在⟪⟫小时内', fits: (_, __, a) => /^[ \t]*(小时|分钟|秒|天|个月|周年)/.test(a) },
	{ id: 'score or degree (分 级 成 倍)', example: '满意度⟪⟫分', fits: (_, __, a) => /^[ \t]*(分|级|成|倍)/.test(a) },
	{ id: 'spaces on both sides', example: '合同金额 ⟪⟫ 万元', fits: (_, b, a) => /[ \t]$/.test(b) && /^[ \t]/.test(a) },
	{ id: 'after a quote or bracket', example: '编印《统计年鉴》⟪⟫册', fits: (_, b) => /[“"'‘（(《》)）\]]$/.test(b) },
	{ id: 'clause start (after ，；。)', example: '，⟪⟫家企业上市', fits: (_, b) => /[，,；;。.：:][ \t]*$/.test(b) },
	{ id: 'word ⟪⟫ word (no space, no punctuation)', example: '新建充电桩⟪⟫个', fits: (_, b, a) => /[\u4e00-\u9fff]$/.test(b) && /^[\u4e00-\u9fff]/.test(a) },
	{ id: 'other', example: '', fits: () => true }
];

/** The first group that fits a hole. */
export function groupOf(e: Edit, text: string): string {
	const b = text.slice(Math.max(0, e.start - 20), e.start);
	const a = text.slice(e.end, e.end + 8);
	return GROUPS.find((g) => g.fits(e, b, a))!.id;
}
