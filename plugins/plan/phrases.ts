import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '总起',
		items: ['新的一年，我们将对准目标、倒排工期，重点抓好以下几项工作：', '针对上述不足，下一步打算从以下方面着手：']
	},
	{
		purpose: '写时限与责任',
		items: ['确保在年底前全面完成，', '每月调度一次进展，', '由分管负责人牵头，相关科室配合，']
	}
];
