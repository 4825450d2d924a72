import type { PhraseGroup } from '../api';

export const phrases: PhraseGroup[] = [
	{
		purpose: '写承诺',
		items: ['不利用职务便利为亲友谋取利益，', '不违规接受可能影响公正执行公务的宴请，', '主动接受组织和群众监督。']
	},
	{
		purpose: '写执行情况',
		items: ['对照廉政风险点逐项自查，', '公务用车、办公用房均按标准使用，']
	}
];
