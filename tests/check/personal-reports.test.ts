import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Personal reports (述职, 述职述廉, 个人总结, 承诺书, 表态发言): the figures of one person's
 * working life and duties. Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('the years of a working life', () => {
	ruleTable('the year of a life event (参加工作, 入党, 毕业, 任现职)', isBlank, {
		valid: [
			'本人2003年参加工作，2008年加入中国共产党。',
			'我于1998年7月毕业于师范学院，2019年起任现职。',
			'今年参加工作的新同志有6人，每年入党积极分子都参加培训。',
			'青年入党积极分子培训班如期举办，近年参加工作的年轻人增多。'
		],
		invalid: ['本人⟦⟧年参加工作，⟦⟧年加入中国共产党。', '我于⟦⟧年毕业于农业大学，⟦⟧年起任现职。', '该同志⟦⟧年入党，⟦⟧年调入本单位。']
	});
	ruleTable('years of service before 党龄, 工龄, 教龄', isBlank, {
		valid: ['作为一名有着26年党龄的老党员，我有12年教龄。', '他是有多年工龄的老职工，党龄长的同志带头。'],
		invalid: ['作为一名有着⟦⟧年党龄的党员，我有⟦⟧年教龄。', '已有⟦⟧年工龄的老职工带徒弟。']
	});
	ruleTable('years in a post before 来 or closing the clause (任职年来, 从事财务工作年)', isBlank, {
		valid: ['任职三年来，我始终把学习放在首位。', '从事审计工作15年，熟悉各项业务。', '近年来，多年来，一年来，几年来的工作表明。', '从事工作年限较长的同志带头。'],
		invalid: ['任职⟦⟧年来，我始终把学习放在首位。', '从事审计工作⟦⟧年，熟悉各项业务；从教⟦⟧年以来，带出了一批骨干。']
	});
});

describe('spans of time in a pledge or a duty', () => {
	ruleTable('a span before 内 opening its clause', isBlank, {
		valid: ['发现问题立即报告，24小时内书面说明情况。', '，年内完成全部任务，月内办结。', '，当天内处理完毕。'],
		invalid: ['发生险情立即电话报告，⟦⟧小时内报送书面材料。', '收到通知后，⟦⟧个工作日内反馈意见。']
	});
	ruleTable('a span of years ahead before 年内 (今后年内)', isBlank, {
		valid: ['取消其今后三年内参加评优的资格。', '在年内完成改造，今后年年都要检查。'],
		invalid: ['取消其今后⟦⟧年内参加评优的资格，未来⟦⟧年内不得参与投标。']
	});
	ruleTable('days a thing is made public or kept (公示天)', isBlank, {
		valid: ['拟表彰名单在单位公示5天。', '公示天数不少于5个工作日。'],
		invalid: ['拟推荐人选在单位公示栏公示⟦⟧天。', '结果在网站公告⟦⟧天，无异议后发文。']
	});
});

describe('counts of the duties a person holds', () => {
	ruleTable('units a person is in charge of (分管, 联系, 负责)', isBlank, {
		valid: ['本人分管3个科室，联系5个乡镇。', '负责个人档案管理，联系个别后进学生的家长。'],
		invalid: ['本人分管⟦⟧个科室，联系⟦⟧个乡镇，负责⟦⟧个重点项目的推进。', '主要领导包联⟦⟧家重点企业，每月听取⟦⟧次工作汇报。']
	});
});

describe('words that end in a classifier in personal reports stay quiet', () => {
	ruleTable('a place, a start, sowing, someone\'s home (站所, 交汇处, 下周起, 复种, 亲戚家)', isBlank, {
		valid: [
			'本人联系4个基层站所，推动站所规范化建设。',
			'全村地处三河交界处，群众心灵深处感受到变化。',
			'从下月起，全面推行新的考勤办法；自即日起施行。',
			'闲置耕地全部复耕复种，抢种补种晚稻。',
			'汛期把独居老人转移到邻居家，暂住亲戚家。'
		],
		invalid: ['本人联系⟦⟧个基层站所，推动站所规范化建设。']
	});
	ruleTable('a yearly date: the year is named (每年月日前), only month and day are gone', isBlank, {
		valid: ['每年1月31日前如实报告个人有关事项。'],
		invalid: ['每年⟦⟧月⟦⟧日前如实报告个人有关事项，今年⟦⟧月⟦⟧日前补报。']
	});
	ruleTable('a difference after 比 (高出, 多出) and people harmed (造成人以上)', isBlank, {
		valid: ['所带班级平均分比全县高出6.5分，比计划多出12人。', '造成3人以上死亡的，实行一票否决；造成人员伤亡的从严追责。'],
		invalid: ['所带班级平均分比全县高出⟦⟧分，参训人数比计划多出⟦⟧人。', '发生事故造成⟦⟧人以上重伤的，取消评优资格。']
	});
});

describe('counts the segmenter splits after a verb (支 of teams, 次 of events)', () => {
	ruleTable('支 counting a team or a troop after a verb (组建支青年突击队)', isBlank, {
		valid: ['组建5支青年突击队，成立2支党员服务队伍。', '组建支援队伍赶赴灾区，建立支部工作法，开展支教活动。', '成立支部委员会，设立支行营业部。'],
		invalid: ['组建⟦⟧支青年突击队，成立⟦⟧支党员志愿服务队。', '全镇建立⟦⟧支应急抢险队伍，随时待命。']
	});
	ruleTable('次 of an event after a verb, the noun split by the segmenter (开展次廉政谈话)', isBlank, {
		valid: ['每季度开展2次廉政谈话，组织3次警示教育。', '开展次生灾害排查，组织次数不少于往年。'],
		invalid: ['每季度至少开展⟦⟧次廉政谈话，组织⟦⟧次廉洁教育。']
	});
});

describe('hours of study and the length of a term', () => {
	ruleTable('hours of study closing the clause after what was studied (学习学时)', isBlank, {
		valid: ['全年完成网络学习56学时，参加继续教育90学时。', '学习学时数达到要求，继续教育学时要求不低于往年。'],
		invalid: ['全年完成网络学院学习⟦⟧学时，参加继续教育⟦⟧学时，超额完成任务。']
	});
	ruleTable('the length of a term after its noun (有效期年, 任期年)', isBlank, {
		valid: ['本承诺书有效期3年，试用期6个月。', '有效期年限届满前续签，任期年度考核合格。'],
		invalid: ['本承诺书自签订之日起生效，有效期⟦⟧年。', '新录用人员试用期⟦⟧个月，服务期⟦⟧年的约定不变。']
	});
	ruleTable('the years since a career began, after 的 (参加工作的年)', isBlank, {
		valid: ['回顾参加工作的20年，我在基层成长。', '参加工作的年轻同志要多下基层。'],
		invalid: ['回顾参加工作的⟦⟧年，我在基层成长。']
	});
});

describe('the units in one\'s charge named after an object or a total', () => {
	ruleTable('a count after the system one is in charge of (联系外科系统个临床科室)', isBlank, {
		valid: ['本人联系内科系统6个临床科室，分管城建系统4个单位。', '负责本村个人信息采集，联系企业个别问题的解决。'],
		invalid: ['本人联系内科系统⟦⟧个临床科室，分管城建系统⟦⟧个二级单位。']
	});
	ruleTable('a count after a total (共个教学班)', isBlank, {
		valid: ['初二年级共8个教学班，其中2个实验班。', '加强公共场所管理，完善公共台账。'],
		invalid: ['初二年级共⟦⟧个教学班，其中⟦⟧个实验班。']
	});
});

describe('a second count joined by 和 after a counting verb', () => {
	ruleTable('the verb counts both items (组织了次模拟考试和次家长会)', isBlank, {
		valid: ['全年组织了4次模拟考试和2次家长会。', '召开3次座谈会和个别访谈，建成2个站点和家长学校。', '组织3次演练和次日复盘，开展2次督查和次月回访。'],
		invalid: ['全年组织了⟦⟧次模拟考试和⟦⟧次家长会。', '新建⟦⟧个村级卫生室和⟦⟧个养老服务站。', '开展了5次应急演练和⟦⟧次专项检查。']
	});
});

describe('the year and month of a career step', () => {
	ruleTable('both gone before the step (本人年月参加工作)', isBlank, {
		valid: ['本人1996年8月参加工作，2001年7月入党，2021年3月任县人民政府副县长。', '今年8月参加工作的新同志，上年6月任职的干部。', '今年任务繁重，当年任期届满的同志按期换届。'],
		invalid: ['本人⟦⟧年⟦⟧月参加工作，⟦⟧年⟦⟧月入党。', '本人于⟦⟧年⟦⟧月任县人民政府副县长，我于⟦⟧年⟦⟧月毕业于师范大学。']
	});
});

describe('an object named with a mask before the count of its parts', () => {
	ruleTable('联系××片区个行政村', isBlank, {
		valid: ['本人联系城东片区8个行政村，分管河西街道3个社区。'],
		invalid: ['本人联系⟦××⟧片区⟦⟧个行政村，分管⟦**⟧街道⟦⟧个社区。']
	});
});

describe('years in a post named by the post itself, and 余年', () => {
	ruleTable('担任班主任年来, 任村党支部书记年, 从事工作余年', isBlank, {
		valid: ['担任班主任八年来，我坚持家访；任村党支部书记12年，从事教育工作20余年。', '书记带头，主任主抓，局长年度述职按期进行。'],
		invalid: ['担任班主任⟦⟧年来，我坚持家访；任村党支部书记⟦⟧年，从事教育工作⟦⟧余年。']
	});
});

describe('times one was rated, days of leave', () => {
	ruleTable('so many times rated or honoured (年度考核次被评为优秀)', isBlank, {
		valid: ['年度考核3次被评为优秀等次，2次获评先进个人。', '再次被评为优秀，首次获评先进，多次被评为标兵。'],
		invalid: ['近五年年度考核⟦⟧次被评为优秀等次，⟦⟧次获评先进个人。']
	});
	ruleTable('days of leave closing the clause (请假天)', isBlank, {
		valid: ['全年累计请假2天，休假5天。', '请假天数按规定扣减。'],
		invalid: ['全年累计请假⟦⟧天，休年休假⟦⟧天。']
	});
});

describe('a span of a career from one month to another, all gone', () => {
	ruleTable('本人年月至年月在县委党校学习', isBlank, {
		valid: ['本人2019年9月至2020年1月在县委党校学习。', '2015年3月—2018年6月，任镇党委副书记。'],
		invalid: ['本人⟦⟧年⟦⟧月至⟦⟧年⟦⟧月在县委党校学习。', '⟦⟧年⟦⟧月—⟦⟧年⟦⟧月，任镇党委副书记。']
	});
});

describe('a teacher\'s load: lessons a week and lessons prepared', () => {
	ruleTable('周课时节 and 教案课时', isBlank, {
		valid: ['本人担任两个班的数学教学，周课时14节；全年备写教案120课时。', '周课时节奏紧凑，教案课时安排合理的老师受表扬。'],
		invalid: ['本人担任两个班的数学教学，周课时⟦⟧节；全年备写教案⟦⟧课时。']
	});
	ruleTable('an office named 监管所 is no count', isBlank, {
		valid: ['分管城南、城北两个市场监管所，指导基层监管所规范执法。'],
		invalid: []
	});
});

describe('session 14: the steps of a career a year dates, and years in a post with an adverb', () => {
	ruleTable('a title, a rating or an election dated by a gone year (年取得职称, 年当选为, 年被评为)', isBlank, {
		valid: [
			'本人2009年取得会计师资格，2016年被评为市级先进工作者，2021年当选为村党委书记。',
			'今年取得的成绩来之不易，近年获得的荣誉很多，当年被评为标兵的同志仍在一线。',
			'全年取得显著成效，连年被评为先进单位。'
		],
		invalid: [
			'本人⟦⟧年毕业后入职，⟦⟧年取得主治医师资格，⟦⟧年晋升为副主任医师。',
			'我于⟦⟧年当选为村委会主任，⟦⟧年连任，⟦⟧年被评为优秀村干部。',
			'本人⟦⟧年⟦⟧月被聘为高级讲师。'
		]
	});
	ruleTable('years in a post with 已, 已经, 了 before the gone figure (任现职已年, 工作了年)', isBlank, {
		valid: ['任现职已6年，从事会计工作已有十二年，在基层工作了8年。', '参加工作已经二十年了，工作已年终结算。'],
		invalid: ['任现职已⟦⟧年，从事财务工作已有⟦⟧年。', '参加工作已经⟦⟧年了，在乡镇工作了⟦⟧年。']
	});
	ruleTable('years of experience (有年的教学经验)', isBlank, {
		valid: ['本人有15年的一线教学经验，具有多年的管理经验，有年轻教师的活力。'],
		invalid: ['本人有⟦⟧年的一线教学经验，拥有⟦⟧年的基层工作经历。']
	});
});

describe('session 14: attendance, notes written, experience', () => {
	ruleTable('days on duty closing the clause (应出勤天, 实际出勤天, 加班天)', isBlank, {
		valid: ['全年应出勤250天，实际出勤248天，累计加班12天。', '出勤天数按考勤机统计，加班天数另计。'],
		invalid: ['全年应出勤⟦⟧天，实际出勤⟦⟧天，累计加班⟦⟧天。']
	});
	ruleTable('notes and reflections counted in characters (学习笔记约万字)', isBlank, {
		valid: ['撰写学习笔记约3万字，读书心得1.2万字，心得体会5000余字。', '笔记字迹工整，心得字数不限。'],
		invalid: ['撰写学习笔记约⟦⟧万字，写读书心得⟦⟧万余字。', '全年记学习笔记⟦⟧万字，形成心得体会⟦⟧字。']
	});
});

describe('session 14: a document number (发文字号) with parts scrubbed', () => {
	ruleTable('the serial number gone between 〔year〕 and 号, or masked', isBlank, {
		valid: ['根据《通知》（县卫健发〔2024〕15号）要求，按照市政办〔2025〕3号文件精神。', '根据国办发[2023]27号文件，第3号令，按照第〔3〕号令。', '×号楼前，带*号的为预计数。'],
		invalid: [
			'根据《通知》（县卫健发〔2024〕⟦⟧号）要求，开展专项整治。',
			'按照县政府办〔20⟦××⟧〕⟦⟧号文件精神，',
			'根据市教育局〔2025〕⟦×⟧号文件，'
		]
	});
	ruleTable('a lone mask standing for the issuer before its abbreviation (×公通〔2024〕11号)', isBlank, {
		valid: ['根据县公通〔2024〕11号文件，按照浙政办发〔2025〕8号要求。'],
		invalid: ['根据《关于开展专项整治的通知》（⟦×⟧公通〔2024〕11号）要求，', '按照⟦X⟧纪发〔2024〕6号文件精神，⟦×⟧政办发[2025]3号。']
	});
});

describe('session 14: the people in one\'s care', () => {
	ruleTable('pupils and old people counted in 名 after 有 or 为 (班里有名同学)', isBlank, {
		valid: ['班里有42名同学，其中12名同学在竞赛中获奖；为36名高龄老人送餐。', '班上有个男生总不交作业，后来有个女生主动帮他。'],
		invalid: ['班里有⟦⟧名同学在区数学竞赛中获奖。', '村里每天为⟦⟧名高龄老人提供午餐。']
	});
	ruleTable('households and people opening a clause of a list of counts (，户人，)', isBlank, {
		valid: ['全村有8个村民小组，426户1530人，党员46名。', '每户人口不超过五人，户均人口3.2人。'],
		invalid: ['全村有⟦⟧个村民小组，⟦⟧户⟦⟧人，党员⟦⟧名，耕地⟦⟧亩。']
	});
});

describe('session 14: a teacher\'s marking face to face', () => {
	ruleTable('面批人次: the figure before 人次, not a batch inside 面批', isBlank, {
		valid: ['对学困生坚持面批，全年面批320人次。'],
		invalid: ['对学困生坚持面批，全年面批⟦⟧人次。']
	});
});

describe('session 14: career figures typed with spaces, then deleted', () => {
	ruleTable('the year (and month) of a step, the years in a post (本人于  年  月参加工作，任现职  年)', isBlank, {
		valid: ['本人于 2003 年 8 月参加工作，任现职 6 年，从教 20 年来坚守讲台。'],
		invalid: ['本人于⟦　　⟧年⟦　　⟧月参加工作，任现职⟦　　⟧年。', '我于⟦    ⟧年当选为村委会主任，从教⟦  ⟧年来坚守讲台。']
	});
});

describe('session 14: people served, counted after 为, 给, 向', () => {
	ruleTable('为位高龄老人, 给名困难学生, 向位烈士家属', isBlank, {
		valid: ['每天为36位高龄老人送餐，给12名困难学生发放助学金，向8位烈士家属送去慰问。', '园区位于城东，为位于城西的老人提供服务。'],
		invalid: ['每天为⟦⟧位高龄老人送餐，给⟦⟧名困难学生发放助学金。', '春节前向⟦⟧位退休老干部送去慰问，为⟦⟧位烈士寻找到亲属。']
	});
	ruleTable('a body named with a mask after 任 (于年月任X县人民政府副县长)', isBlank, {
		valid: ['本人于2021年3月任青山县人民政府副县长，2023年任城关镇党委书记。'],
		invalid: ['本人于⟦⟧年⟦⟧月任⟦X⟧县人民政府副县长，⟦⟧年任⟦××⟧镇党委书记。']
	});
	ruleTable('a teacher\'s marking counted in 本次 (批改作业约本次)', isBlank, {
		valid: ['全年批改作业约2600本次，检查教案180本次。', '本次检查发现，作业本次数不足。'],
		invalid: ['全年累计批改作业约⟦⟧本次，检查教案⟦⟧本次。']
	});
});

describe('session 14: the writer\'s name under the title, after a school whose number is masked', () => {
	ruleTable('××县第×中学　×××', isBlank, {
		valid: ['青山县第三中学　王建国'],
		invalid: ['⟦××⟧县第⟦×⟧中学　⟦×××⟧']
	});
});

describe('session 14: books read in study', () => {
	ruleTable('书籍本 closing the clause after a verb of reading', isBlank, {
		valid: ['利用寒暑假读了《给教师的建议》等教育类书籍5本，研读理论书籍3本。', '阅读书籍本身就是学习。'],
		invalid: ['寒假读了教育类书籍⟦⟧本，研读理论书籍⟦⟧本。']
	});
});

describe('session 14: a training lasting so long', () => {
	ruleTable('为期天 closing the clause', isBlank, {
		valid: ['参加市级骨干教师培训，为期5天；参加为期3个月的跟岗学习，为期一周的集训。'],
		invalid: ['参加市级骨干教师培训，为期⟦⟧天；参加为期⟦⟧个月的跟岗学习。']
	});
});

describe('session 14: a pledge\'s least amounts, and a post held since a date', () => {
	ruleTable('不少于次, 不少于节 (a pledge)', isBlank, {
		valid: ['本人郑重承诺：每年不少于4次深入基层调研，每学期听课不少于十节。'],
		invalid: ['本人郑重承诺：每年不少于⟦⟧次深入基层调研，每学期听课不少于⟦⟧节。']
	});
	ruleTable('自年月起担任 (a post held since a gone date)', isBlank, {
		valid: ['本人自2019年3月起担任派出所所长，从2021年起任现职。', '各自年度任务明确。'],
		invalid: ['本人自⟦⟧年⟦⟧月起担任派出所所长，从⟦⟧年起任现职。']
	});
});

describe('session 14: a reading festival is no count of lessons', () => {
	ruleTable('第届亲子阅读节: only the ordinal is gone', isBlank, {
		valid: ['举办第三届亲子阅读节；组织开展读书节活动。'],
		invalid: ['举办第⟦⟧届亲子阅读节；寒假读了教育类书籍⟦⟧本。']
	});
});

describe('session 14: a 繁體 personal report', () => {
	ruleTable('聯繫個鄉鎮, 誡勉談話人次', isBlank, {
		valid: ['本人分管3個科室，聯繫5個鄉鎮，取得中級職稱。'],
		invalid: ['本人分管⟦⟧個科室，聯繫⟦⟧個鄉鎮，全年深入基層調研⟦⟧次。']
	});
});

describe('session 14: talks held with so many people (述廉)', () => {
	ruleTable('提醒谈话人, 诫勉谈话人 closing the clause', isBlank, {
		valid: ['全年开展提醒谈话12人，诫勉谈话3人。', '确定谈话人，由谈话人签字。', '对相关部门逐一约谈负责人，限期整改。'],
		invalid: ['全年开展提醒谈话⟦⟧人，诫勉谈话⟦⟧人。']
	});
});
