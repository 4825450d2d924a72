import { skeleton } from '../shared/skeleton';

export const skeletons = [
	skeleton('signature-unit', '单位落款', '{unit}\n{year}年{month}月{day}日', {
		unit: ['单位名称', 'name'],
		year: ['成文年份', 'year', '年'],
		month: ['成文月份', 'date', '月'],
		day: ['成文日期', 'date', '日']
	}),
	skeleton('signature-person', '个人落款', '述职人：{person}\n{year}年{month}月{day}日', {
		person: ['本人姓名', 'name'],
		year: ['成文年份', 'year', '年'],
		month: ['成文月份', 'date', '月'],
		day: ['成文日期', 'date', '日']
	})
];
