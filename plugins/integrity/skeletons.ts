import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton(
		'integrity-commitments',
		'廉洁承诺',
		'严格执行中央八项规定及其实施细则精神，全年参加廉政教育{lessons}次，按规定如实报告个人有关事项{reports}次。在{riskArea}工作中，坚持集体研究、全程留痕，不收受管理服务对象的礼品礼金，不违规插手{riskArea2}事项。',
		{
			lessons: ['廉政教育次数', 'number', '次'],
			reports: ['报告个人事项次数', 'number', '次'],
			riskArea: ['岗位风险环节', 'text'],
			riskArea2: ['不得插手的事项', 'text']
		}
	)
];
