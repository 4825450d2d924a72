import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

describe('masked-number', () => {
	ruleTable('masked-number', isBlank, {
		valid: [
			'全年完成投资３．２６亿元，同比增长１２．５％。',
			'60×40厘米的展板共制作了20块。',
			'**全年实现营业收入12.5亿元**，创历史新高。',
			'房间面积约为3*4米。'
		],
		invalid: [
			'全年实现工业产值⟦xx⟧亿元。',
			'参保率达⟦x⟧%，较上年有所提高。',
			'上缴税金⟦*⟧万元。',
			'日丰机械⟦41**⟧万元、诚信工贸3225万元。',
			'完成投资⟦29XX6⟧万元。',
			'患者满意度为⟦XX.27⟧%。',
			'北区污水处理厂投资⟦20xx⟧万元，占地20亩。',
			'⟦x-x⟧月，全县开展安全生产大检查。',
			'于⟦x⟧月⟦x⟧日召开全体党员大会。',
			'营业额达⟦20xx⟧万以上的有4家。',
			'全年接待游客⟦××⟧万人次。',
			'荣获全市第⟦x⟧名。',
			'实现利润⟦＊＊⟧万元。',
			'完成⟦____⟧万元的年度任务。',
			'XXXX年XX月XX日'.replace('XXXX', '⟦XXXX⟧').replace('XX月', '⟦XX⟧月').replace('XX日', '⟦XX⟧日')
		]
	}, undefined);
});
