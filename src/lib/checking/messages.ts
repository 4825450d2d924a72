/** Text the draft checker shows (simplified Chinese). */
export const checkingMessages = {
	ruleFailed: '检查规则“{rule}”运行出错，这一节的检查结果可能不完整：{error}',
	ruleFailedDescription: '某条检查规则出错时提示，而不是悄悄地什么也不报。',
	titleNumberingSkipped: '章节编号跳号：“{prev}”之后应为“{expected}”，这里是“{got}”',
	titleNumberingRepeated: '章节编号重复：又一个“{got}”',
	titleNumberingDescription: '各章节标题的一级编号（一、二、三……）应连续。',
	draftTitle: '标题',
	wholeDraft: '全文'
} as const;
