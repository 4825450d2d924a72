import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

describe('masked-number', () => {
	ruleTable('masked-number', isBlank, {
		valid: [
			'全年完成投资３．２６亿元，同比增长１２．５％。',
			'60×40厘米的展板共制作了20块。',
			'**全年实现营业收入12.5亿元**，创历史新高。',
			'房间面积约为3*4米。',
			'公司采购了X5型号的检测设备和X200扫描仪。',
			// A product of filled numbers before hours is a schedule.
			'便民服务中心推行7×24小时自助服务，窗口实行5×8小时值守。',
			'变焦镜头 规格 10x',
			// A product of three filled sizes (length, width, depth) is a size, not a masked digit.
			'新植苗木树穴规格为80×80×60厘米，包装箱外形40*30*25厘米。',
			// A file's name whose parts an underscore joins, Chinese among them.
			'教案统一按“520107_机械制图_教案.docx”命名，存入“2026_课程资料.pdf”。',
			// A dot between a name's parts, and a filled date name.
			'“7·20”特大暴雨过后，引进专家约翰·史密斯。',
			// A filled class number in brackets after the grade.
			'高一(3)班、初二（5）班获评先进班集体。'
		],
		invalid: [
			// A figure led by a digit before a classifier or any unit, here or opening the next line.
			'防汛期间河道最高水位⟦3X.42⟧米，组建抢险队伍⟦2X⟧支。',
			'全年受理专利申请⟦4X⟧\n件，办结率稳步提高。',
			'全年实现直播销售额\n⟦3X0⟧\n万元。',
			// A figure led by a digit closing a row of figures.
			'监测项目 单位 2026年\nPM2.5 μg/m³ 31\nPM10 μg/m³ ⟦6x⟧  ',
			// A prize grade with its numeral masked.
			'在全市技能大赛中荣获⟦X⟧等奖。',
			'全年实现工业产值⟦xx⟧亿元。',
			'参保率达⟦x⟧%，较上年有所提高。',
			'上缴税金⟦*⟧万元。',
			'宏达精工⟦41**⟧万元、顺安物流2876万元。',
			'完成投资⟦29XX6⟧万元。',
			'患者满意度为⟦XX.27⟧%。',
			'东片区垃圾中转站造价⟦20xx⟧万元，建筑面积800平方米。',
			'⟦x⟧-⟦x⟧月，全县开展安全生产大检查。',
			'于⟦x⟧月⟦x⟧日召开全体党员大会。',
			'销售额超过⟦20xx⟧万的商户有6家。',
			'全年接待游客⟦××⟧万人次。',
			'荣获全市第⟦x⟧名。',
			// An event named by its date, month · day (7·20暴雨), either side masked.
			'妥善应对“⟦X⟧·⟦XX⟧”特大暴雨和“⟦×⟧·⟦1×⟧”山洪，复盘“7·⟦xx⟧”事故。',
			// The number of a class or a group in brackets after its grade's numeral: the mask is that number.
			'担任初三(⟦x⟧)班班主任，所带的高二（⟦×⟧）班获评优秀班集体。',
			'第⟦X⟧季度全县经济运行平稳，排名第⟦__⟧位。',
			'实现利润⟦＊＊⟧万元。',
			'完成⟦____⟧万元的年度任务。',
			'XXXX年XX月XX日'.replace('XXXX', '⟦XXXX⟧').replace('XX月', '⟦XX⟧月').replace('XX日', '⟦XX⟧日')
		]
	}, undefined);
	// A short mask alone in a cell of a row of figures (a lone *, ○○, _), a sign before a masked cell.
	ruleTable('masked-number alone in a cell', isBlank, {
		valid: ['  *  2026年重点项目清单', '| 事项 | 已完成 | × |', '说明  *  为预计数', '| 签到 | 已完成 | ○ |'],
		invalid: [
			'指标          本年        上年\n营业收入      ⟦*⟧           46.80\n利润总额      3.2         ⟦○○⟧\n上缴税费      ⟦_⟧           1.05',
			'回款额      3 470       -⟦××⟧',
			'| 食品抽检(批次) | 3860 | ⟦4xxx⟧ | +⟦xx.x⟧ |',
			'| 社会消费品零售总额 | 120 | ⟦○○⟧ | ⟦_⟧ |'
		]
	});
	// A masked figure alone in a cell of a tab-separated table (as a spreadsheet pastes it): one tab
	// apart is a cell of its own, so one letter x among digits is a digit hidden, not a model name.
	ruleTable('masked-number in tab-separated cells', isBlank, {
		valid: ['型号\t数量\n检测仪X200\t12\n扫描仪X5\t3'],
		invalid: [
			'指标\t本年\t上年\t增幅(%)\n货物吞吐量\t⟦3X8.5⟧\t352.0\t4.1\n营业收入\t⟦⟧\t⟦**.**⟧\t5.6\n利润总额\t⟦X.47⟧\t2.91\t⟦⟧',
			'　其中：技改投资\t86\t⟦7X.2⟧\t9.8\n外资（亿美元）\t\t2.05\t-6.1\t⟦XX.X⟧'
		]
	});
});
