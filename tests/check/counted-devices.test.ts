import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * nouns (session 11): classifiers counted after their nouns, the figure gone between them.
 * Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('具 counts stretchers, 通 counts calls', () => {
	ruleTable('担架|具, 来电|通 after a verb of equipping or receiving; 灭火器具 is a word', isBlank, {
		valid: [
			'全楼配备灭火器48具、呼吸器6具。',
			'各教室配备灭火器具，定期检查。',
			'车间配齐防护呼吸器具。',
			'全年受理来电12万通，拨打回访电话3600通。',
			'定期检查灭火器具是否完好。',
			'配齐灭火器具和应急照明。',
			'接到来电通知后立即赶赴现场。',
			'做好来电通报和记录。',
			'拨打电话通知家长到校。',
			'保持热线电话通畅。'
		],
		invalid: [
			'救护站配备担架⟦⟧具、急救箱⟦⟧个。',
			'服务中心全年接听来电⟦⟧万通，同比增长8%。',
			'客服中心共受理群众来电⟦⟧通，办结率99%。'
		]
	});
	ruleTable('an estimate between the noun and the magnitude of its count', isBlank, {
		valid: ['智能客服分流来电约3万通，节约坐席6个。', '热线接听来电近万通。', '平台全年生成诊断报告近万份。', '服务带动农户超万户。', '来电约定时间后上门服务。'],
		invalid: ['智能客服分流来电约⟦⟧万通，节约坐席6个。', '热线全年接听来电大约⟦⟧万通。']
	});
});

describe('a counting verb done (了), then the count closing the clause', () => {
	ruleTable('verb + 了 + classifier alone before a clause bound', isBlank, {
		valid: [
			'这学期班主任家访了36户。',
			'工作组走访了12家。',
			'这次活动感动了人。',
			'我们学习了个人先进事迹。',
			'他为了家，一直在外打工。'
		],
		invalid: ['这学期班主任家访了⟦⟧户。', '工作组先后走访了⟦⟧家，收集意见。']
	});
});

describe('骨干 ends in 干 and is no 若干: a count may follow it', () => {
	ruleTable('骨干 + 名 after a verb of training', isBlank, {
		valid: ['今年培养技术骨干18名。', '选派若干名骨干参加培训。', '抽调业务骨干名单报县委组织部。', '注重培养骨干力量。'],
		invalid: ['今年培养技术骨干⟦⟧名。', '今年共培训业务骨干⟦⟧人。']
	});
});

describe('a group and its people, both figures gone', () => {
	ruleTable('noun + 个 + group + 人, the 人 gone: the 个 is gone too', isBlank, {
		valid: ['其中初一年级12个班560人，初二年级11个班530人。', '各个班人数大体均衡。', '这个班人心很齐。', '常住居民户均人口3.2人。'],
		invalid: ['学校共有学生⟦⟧人，其中初一年级⟦⟧个班⟦⟧人，初二年级⟦⟧个班⟦⟧人。']
	});
});
