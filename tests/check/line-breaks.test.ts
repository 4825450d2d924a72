import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Sentences broken across lines (PDF extraction, text wrapped by hand; our own sentences): the
 * checker reads the sentence whole, so a word or unit split by the break is prose and a figure
 * gone at the break is one blank, reported once.
 */
describe('line breaks inside a sentence', () => {
	ruleTable('line breaks', isBlank, {
		valid: [
			// A running head between the halves of a filled sentence.
			'全年用电量约\n- 3 -\n86万千瓦时，同比下降4%。',
			// A word or a unit split by the break.
			'城镇居民人\n均可支配收入稳步增长。',
			'全面推进农村人\n居环境整治。',
			'全年用水量达\n到1200万立方米。',
			'空气中PM2.5浓度为28微克/立\n方米。',
			'完成污水管网改造项\n目建设，组织消防应急演\n练，群众满意。',
			'全年供水总\n量860万立方米。',
			// Figures and units split by the break.
			'官网年访问量\n35\n万次。',
			// A line closed by a quote or a bracket, words going on after it.
			'党支部被评为"先进集体"\n个人方面，3名党员获表彰。',
			'2025年工作总结（草稿）\n各位领导：',
			// A bracket closing a heading's number: the next line's month is no 三月.
			'就业工作总结（三）\n\n3月1日至20日，举办专场招聘会。',
			'评选"文明家庭"\n26户。',
			// A mask opening the next line is the figure, masked: only it is a blank.
			'购置检测设备12台\n套。',
			// A heading, a new paragraph, a signing date and what follows them.
			'一、主要指标完成情况\n全年实现营业收入12亿元。',
			'四、下步计划\n    全年完成投资5亿元。',
			'县水务局\n2026年12月28日\n本文由网友投稿',
			// A change whose words go on past the break: the phrase completes on the next line.
			'新建商品房销售面积同比下降4.3%，降幅\n较前三季度收窄1.6个百分点。',
			// quiet6: a figure in Chinese numerals opens the next line (提高⏎两个百分点).
			'群众知晓率达到96%，比去年提高\n三个百分点。',
			'优良天数比例为85%，较上年增加\n两成。'
		],
		invalid: [
			'就业工作总结（三）\n\n⟦⟧月⟦⟧日至20日，举办专场招聘会。',
			// A figure gone after a closing quote or bracket at the line's end.
			'评选"文明家庭"\n⟦⟧户，"好邻居"⟦⟧人。',
			'经营收入同比多(少)\n⟦⟧万元，毛利率上升（下降）\n⟦⟧个百分点。',
			// quiet6: a line of prose with figures' places as runs of spaces runs on (其中亿⏎元以上 is a tier, not a gap),
			// and a magnitude opening the next line is no figure in Chinese numerals (稳定在⏎万亩: the figure is gone).
			'全年招引项目⟦  ⟧个，协议投资额⟦  ⟧亿元，其中亿\n元以上项目⟦  ⟧个。',
			'春播面积稳定在⟦⟧\n万亩，同比持平。',
			// A figure broken by the line, its head masked: the mask is the figure's.
			'全年连续安全运行1,⟦X⟧\n00余天，未发生事故。',
			'转移避险群众 ⟦xx⟧ \n216 人，发放救灾物资300件。',
			// A running head or a page number between the halves of a sentence: it reads whole past it.
			'船舶使用岸电860艘次、用电量约\n                    - 3 -\n⟦⟧万千瓦时，组织应急演练12场。',
			'全年出厂水检测合格率达到⟦⟧\n第 4 页\n%，管网水合格率99.6%。',
			// A count or a measure gone where the line broke: the later line reports it.
			'官网年访问量\n\n⟦⟧万次。',
			'帮扶脱贫户和监测户\n⟦⟧户，户均增收2000元。',
			'累计获取监测数据\n⟦⟧万个。',
			// A unit or classifier split from the word before it by the break.
			'全年供水总\n量⟦⟧万立方米。',
			'组织应急演\n练⟦⟧场，实施节能改造项\n目⟦⟧个。',
			// One blank, reported once, where the earlier line shows it on its own.
			'全年游客接待量达\n⟦⟧万人次。',
			'营业收入同比增长⟦⟧\n%，利润总额同比增长⟦⟧\n个百分点。',
			'青年党员占比仅为\n⟦xx.4⟧%，总产值达到\n⟦XX⟧\n亿元。',
			// A figure gone at the end of a line whose next line starts another sentence.
			'全年农业总产值突破⟦⟧\n下一步，我们将继续努力。',
			// Past the break, the figure gone further on is reported where it is, not at the break.
			'新建商品房销售面积同比下降4.3%，降幅\n较前三季度收窄⟦⟧个百分点。',
			// A signing date is not read on into the watermark after it.
			'县水务局\n2026年12月⟦⟧日\n本文由网友投稿'
		]
	});
});
