import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '署名前缀',
		items: ['述职人：', '报告人：', '汇报单位：']
	}
];
