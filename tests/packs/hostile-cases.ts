// Malformed and hostile pack files, each with the JSON path the refusal must name.
// Built from one valid pack so every case breaks exactly one thing.

export function validPack(): Record<string, unknown> {
	return {
		type: 'gaojiang-template-pack',
		schemaVersion: 2,
		id: 'test-pack',
		name: '测试用模板包',
		version: '1.2.0',
		author: '测试',
		description: '用于测试的模板包。',
		sections: [
			{ plugin: 'overview', title: '一、概述', guidance: '### 要点\n\n- 写明时间段。\n- [参考](https://example.org/guide)' },
			{ plugin: 'achievements', title: '二、成绩', skeleton: '完成产值____亿元，增长____%。', slots: [
				{ name: 'value', label: '产值', kind: 'number', unit: '亿元' },
				{ name: 'growth', label: '增幅', kind: 'percent', unit: '%' }
			] },
			{ plugin: 'signature', title: '落款', phrases: [{ purpose: '署名', items: ['报告人：'] }] }
		],
		rules: { 'achievements/quantified': { severity: 'warning', options: { min: 3 } }, 'overview/period': 'off' },
		checks: { forbiddenWords: ['小编'], requiredPhrases: ['概述'] }
	};
}

type Pack = Record<string, unknown> & { sections?: Record<string, unknown>[] };

function mutate(fn: (p: Pack) => void): string {
	const p = validPack() as Pack;
	fn(p);
	return JSON.stringify(p);
}

/** Junk nested `depth` objects deep, as text (building it as an object would blow the stack). */
function nestedJunk(depth: number): string {
	return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

export interface HostileCase {
	name: string;
	text: string;
	path: string;
	/** A word the message must contain. */
	says?: string;
}

export function hostileCases(): HostileCase[] {
	return [
		{ name: 'empty file', text: '', path: '$', says: '空' },
		{ name: 'not JSON', text: '这不是 JSON', path: '$', says: 'JSON' },
		{ name: 'truncated JSON', text: JSON.stringify(validPack()).slice(0, 120), path: '$', says: 'JSON' },
		{ name: 'trailing comma', text: '{\n  "type": "gaojiang-template-pack",\n}', path: '$', says: '第 3 行' },
		{ name: 'a JSON array', text: '[1,2,3]', path: '$', says: '对象' },
		{ name: 'a JSON string', text: '"gaojiang-template-pack"', path: '$', says: '对象' },
		{ name: 'null', text: 'null', path: '$' },
		{ name: 'wrong type', text: mutate((p) => (p.type = 'some-other-format')), path: '$.type', says: '模板包' },
		{ name: 'missing type', text: mutate((p) => delete p.type), path: '$.type' },
		{ name: 'missing schemaVersion', text: mutate((p) => delete p.schemaVersion), path: '$.schemaVersion' },
		{ name: 'schemaVersion as text', text: mutate((p) => (p.schemaVersion = '2')), path: '$.schemaVersion' },
		{ name: 'future schemaVersion', text: mutate((p) => (p.schemaVersion = 99)), path: '$.schemaVersion', says: '升级' },
		{ name: 'missing id', text: mutate((p) => delete p.id), path: '$.id', says: '缺少' },
		{ name: 'id with spaces', text: mutate((p) => (p.id = 'my pack')), path: '$.id' },
		{ name: 'id as number', text: mutate((p) => (p.id = 42)), path: '$.id', says: '类型' },
		{ name: 'empty name', text: mutate((p) => (p.name = '   ')), path: '$.name', says: '不能为空' },
		{ name: 'bad version', text: mutate((p) => (p.version = 'v1')), path: '$.version', says: '版本' },
		{ name: 'missing sections', text: mutate((p) => delete p.sections), path: '$.sections', says: '缺少' },
		{ name: 'sections not an array', text: mutate((p) => (p.sections = {} as never)), path: '$.sections', says: '数组' },
		{ name: 'no sections', text: mutate((p) => (p.sections = [])), path: '$.sections' },
		{ name: 'too many sections', text: mutate((p) => (p.sections = Array.from({ length: 31 }, () => ({ plugin: 'free', title: '章节' })))), path: '$.sections' },
		{ name: 'unknown plugin', text: mutate((p) => (p.sections![1]!.plugin = 'rocket')), path: '$.sections[1].plugin', says: '未知' },
		{ name: 'section without title', text: mutate((p) => delete p.sections![0]!.title), path: '$.sections[0].title' },
		{ name: 'title is an object', text: mutate((p) => (p.sections![0]!.title = { zh: '概述' })), path: '$.sections[0].title' },
		{ name: 'unknown field in section', text: mutate((p) => (p.sections![0]!.script = 'alert(1)')), path: '$.sections[0].script', says: '未知字段' },
		{ name: 'unknown top-level field', text: mutate((p) => (p.onload = 'x')), path: '$.onload' },
		{ name: 'HTML in guidance', text: mutate((p) => (p.sections![0]!.guidance = '要点<img src=x onerror=alert(1)>')), path: '$.sections[0].guidance', says: 'HTML' },
		{ name: 'script tag in guidance', text: mutate((p) => (p.sections![0]!.guidance = '<script>alert(1)</script>')), path: '$.sections[0].guidance' },
		{ name: 'javascript: link', text: mutate((p) => (p.sections![0]!.guidance = '[点我](javascript:alert(1))')), path: '$.sections[0].guidance', says: 'javascript' },
		{ name: 'javascript: with entities', text: mutate((p) => (p.sections![0]!.guidance = '[点我](jav&#x61;script:alert(1))')), path: '$.sections[0].guidance' },
		{ name: 'JAVASCRIPT: reference link', text: mutate((p) => (p.sections![0]!.guidance = '[x][r]\n\n[r]: JAVASCRIPT:alert(1)')), path: '$.sections[0].guidance' },
		{ name: 'data: link', text: mutate((p) => (p.sections![0]!.guidance = '[x](data:text/html;base64,PHNjcmlwdD4=)')), path: '$.sections[0].guidance' },
		{ name: 'escaped HTML entity tag', text: mutate((p) => (p.sections![0]!.guidance = '&lt;iframe src=x&gt;')), path: '$.sections[0].guidance' },
		{ name: '__proto__ key', text: JSON.stringify(validPack()).replace('"rules":{', '"rules":{"__proto__":{"polluted":true},'), path: '$.rules.__proto__', says: '不允许' },
		{ name: 'constructor key', text: JSON.stringify(validPack()).replace('"checks":{', '"checks":{"constructor":{"prototype":{}},'), path: '$.checks.constructor' },
		{ name: 'nested __proto__ in options', text: JSON.stringify(validPack()).replace('"options":{', '"options":{"__proto__":{"x":1},'), path: '$.rules["achievements/quantified"].options.__proto__' },
		{ name: 'deeply nested junk', text: JSON.stringify(validPack()).replace(/}$/, `,"junk":${nestedJunk(5000)}}`), path: '$.junk.a.a.a.a.a.a.a.a.a', says: '嵌套' },
		{ name: '5 MB string', text: mutate((p) => (p.description = '长'.repeat(5_000_000))), path: '$.description', says: '过长' },
		{ name: 'long guidance', text: mutate((p) => (p.sections![0]!.guidance = '要'.repeat(20_001))), path: '$.sections[0].guidance', says: '过长' },
		{ name: 'file over 8 MB', text: ' '.repeat(8_000_001), path: '$', says: '过大' },
		{ name: 'too many values', text: mutate((p) => (p.checks = { forbiddenWords: Array.from({ length: 60_000 }, () => 'x') })), path: '$', says: '过多' },
		{ name: 'slot count mismatch', text: mutate((p) => (p.sections![1]!.slots = [])), path: '$.sections[1].slots', says: '空位' },
		{ name: 'slot with bad kind', text: mutate((p) => ((p.sections![1]!.slots as Record<string, unknown>[])[0]!.kind = 'money')), path: '$.sections[1].slots[0].kind' },
		{ name: 'slots without skeleton', text: mutate((p) => delete p.sections![1]!.skeleton), path: '$.sections[1].slots' },
		{ name: 'bad rule severity', text: mutate((p) => (p.rules = { 'overview/period': 'loud' })), path: '$.rules["overview/period"]' },
		{ name: 'bad rule id', text: mutate((p) => (p.rules = { 'Bad Rule!': 'off' })), path: '$.rules["Bad Rule!"]' },
		{ name: 'forbidden words not strings', text: mutate((p) => (p.checks = { forbiddenWords: [1, 2] })), path: '$.checks.forbiddenWords[0]' },
		{ name: 'phrases as plain string', text: mutate((p) => (p.sections![2]!.phrases = '报告人')), path: '$.sections[2].phrases' },
		{ name: 'v1 pack with wrong section shape', text: JSON.stringify({ type: 'gaojiang-template-pack', schemaVersion: 1, id: 'old', name: '旧', version: '1.0.0', sections: [{ plugin: 'overview', title: 'x' }] }), path: '$.sections[0].kind' }
	];
}
