/**
 * One-to-one character folding so rules can match one spelling: traditional characters to
 * simplified, full-width ASCII to half-width, the ideographic space to a plain space. Every
 * character maps to exactly one UTF-16 unit, so offsets in the folded text equal offsets in the
 * original (findings always point into what the writer typed).
 */

// Pairs "traditional simplified" for characters that occur in report language (units, verbs,
// measure nouns, place suffixes, common surnames). Not a full converter: only what rules read.
const TRAD_SIMP =
	'億亿萬万長长個个點点佔占實实際际達达計计劃划數数務务標标畝亩噸吨戶户項项積积總总額额資资時时輛辆' +
	'場场間间於于與与業业縣县鎮镇區区園园團团鄉乡寶宝廠厂醫医學学營营開开發发關关國国為为這这們们來来' +
	'進进動动過过還还會会對对從从後后當当經经濟济體体應应門门問问題题義义黨党員员幹干級级據据設设備备' +
	'種种類类機机構构條条報报導导組组織织將将專专傳传統统價价稅税費费貸贷銷销貿贸購购財财廣广東东雙双' +
	'幣币錢钱紅红綠绿車车電电氣气熱热鐵铁鋼钢礦矿農农糧粮漁渔運运輸输郵邮網网絡络藥药療疗衛卫護护險险' +
	'災灾輕轻認认識识讀读書书議议論论規规範范調调觀观變变歲岁餘余鄰邻環环態态節节約约減减漲涨損损虧亏' +
	'較较兩两幾几歷历屆届師师課课試试績绩獎奖優优質质轉转換换創创選选舉举聯联續续樓楼廳厅辦办處处紀纪' +
	'監监審审檢检驗验責责權权勵励協协結结領领隊队陽阳頭头張张劉刘陳陈楊杨黃黄趙赵吳吴孫孙馬马羅罗鄭郑' +
	'謝谢韓韩馮冯鄧邓許许蘇苏盧卢蔣蒋葉叶閻阎鍾钟譚谭鄒邹陸陆顧顾龍龙錢钱湯汤喬乔賀贺賴赖龔龚號号簡简' +
	'紙纸讓让滿满隨随聽听說说話话語语請请證证藝艺術术顯显響响慶庆歡欢樂乐愛爱聖圣儀仪築筑裝装製制鐘钟' +
	'錄录維维穩稳強强盤盘閒闲閑闲帶带圍围壓压復复擴扩衝冲擊击檔档戰战爭争勝胜敗败貧贫幫帮貨货貫贯賬账' +
	'負负債债蓋盖齡龄兒儿婦妇養养職职樣样補补貼贴獲获參参預预測测準准確确歸归邊边遠远離离難难倉仓庫库' +
	'豐丰適适遷迁徵征繳缴納纳銀银漢汉滬沪蘭兰廈厦灣湾圖图館馆視视聞闻頻频擔担諾诺覺觉擇择廢废棄弃汙污' +
	'潔洁淨净違违懲惩罰罚訓训練练習习讚赞揚扬斷断盡尽嚴严謹谨細细緻致屬属極极韌韧擺摆脫脱鞏巩絕绝雜杂' +
	'亂乱舊旧鑑鉴鑒鉴億亿產产總总値值縂总邁迈驟骤溫温濕湿燈灯線线纖纤織织紡纺絲丝綿绵棉棉車车軌轨鐵铁' +
	'橋桥築筑樁桩號号灣湾閘闸壩坝蓄蓄塊块噸吨畝亩頃顷佈布並并餘余萬万億亿兆兆點点幅幅筆笔項项宗宗篇篇' +
	'冊册臺台颱台艙舱艘艘盞盏棵棵株株頭头隻只條条間间張张輛辆場场處处屆届級级檢检測测療疗診诊醫医護护' +
	'藥药衛卫學学師师歲岁養养災灾險险隱隐患患監监穩稳維维訪访貧贫脫脱幫帮扶扶黨党紀纪廉廉風风腐腐敗败' +
	'縣县鎮镇鄉乡區区園园團团廠厂莊庄灣湾嶺岭峽峡島岛陝陕貴贵遼辽黑黑蒙蒙寧宁湘湘鄂鄂贛赣閩闽粵粤瓊琼' +
	'淵渊濱滨澤泽滙汇匯汇潤润誠诚勞劳動动獻献鎖锁銷销舖铺鋪铺務务盃杯圓圆週周週周於于' +
	'棟栋眾众單单歐欧閉闭締缔執执評评簽签駐驻轄辖榮荣縮缩別别記记編编夠够況况寫写階阶裡里裏里' +
	'傳传聯联絡络團团雲云無无機机戶户屬属權权與与產产畫画專专廳厅嚴严隊队據据證证總总' +
	'現现買买賣卖飛飞親亲講讲錯错藍蓝鏈链陰阴陣阵雖虽雞鸡靜静須须順顺飯饭騙骗鬥斗魚鱼鳥鸟鳴鸣麥麦麼么齊齐齒齿龜龟' +
	// counts3 (session 12): forms a 繁體 report of discipline, schools or health care writes
	// (處理…人, 審查起訴…人, 巡察…輪, 給予, 談話, 篩查, 註冊, 僅): verbs, classifiers and their neighbours.
	'輪轮訴诉訟讼給给決决談谈堅坚緊紧層层終终賄贿誤误鮮鲜興兴揮挥頓顿勢势複复禮礼異异寬宽鬆松軟软遞递' +
	'徹彻見见捨舍彈弹軍军奮奋譜谱艱艰憲宪賦赋繞绕肅肃糾纠懾慑幟帜撐撑腳脚劍剑僅仅註注篩筛嬰婴畢毕輔辅' +
	'則则訊讯詢询託托償偿殘残攝摄覽览穫获澇涝駛驶駕驾遊游騎骑贈赠閱阅詞词賽赛誌志擁拥擬拟壞坏釋释鏡镜' +
	'燒烧煙烟碼码願愿緩缓戲戏劇剧臨临纜缆銳锐縱纵獨独樹树綜综採采辭辞頁页飲饮讚赞贊赞濟济訂订紛纷' +
	// people5 (session 14): a 繁體 personal report's verbs and titles (聯繫…個鄉鎮, 職稱, 誡勉談話, 台帳, 應該).
	'稱称誡诫誨诲帳账該该繫系係系';

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_SIMP.length; i += 2) if (TRAD_SIMP[i] !== TRAD_SIMP[i + 1]) FOLD.set(TRAD_SIMP[i]!, TRAD_SIMP[i + 1]!);
// Percent and per-mille look-alikes, mask look-alikes.
FOLD.set('﹪', '%');
FOLD.set('\u3000', ' ');
FOLD.set('\u00a0', ' ');
FOLD.set('╳', '×');
FOLD.set('✕', '×');
FOLD.set('〜', '~');
FOLD.set('～', '~');

/**
 * Half-width punctuation typed in Chinese text (同比增长,  (一)  单位:万元  企业12家.) folds to
 * its full-width form, so rules written for 。，；： read both. Only next to a Chinese character:
 * 1,234, 3.5, http://, x.xx and code stay as they are. A full stop only after a Chinese
 * character and before anything but a figure or a mask (增长.5% keeps its decimal point).
 */
const HALF_PUNCT: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。' };
const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;
function foldPunct(text: string, i: number, c: string): string {
	const prev = text.charCodeAt(i - 1);
	const next = text.charCodeAt(i + 1);
	if (c === '.') {
		if (!isHanCode(prev)) return c;
		const n = text[i + 1];
		return n !== undefined && /[0-9.]/.test(n) ? c : '。';
	}
	// ( opens before Chinese, ) closes after it; the others sit between.
	if (c === '(') return isHanCode(next) || isHanCode(prev) ? '（' : c;
	if (c === ')') return isHanCode(prev) || isHanCode(next) ? '）' : c;
	return isHanCode(prev) || isHanCode(next) ? HALF_PUNCT[c]! : c;
}

// A flag per UTF-16 unit: scanning with a table is many times faster than a regex whose class
// holds hundreds of characters (this runs over every character the writer types).
const FOLDS = new Uint8Array(65536);
for (const k of FOLD.keys()) FOLDS[k.charCodeAt(0)] = 1;
for (let c = 0xff01; c <= 0xff5e; c++) FOLDS[c] = 1;
for (const c of '！（），：；？') FOLDS[c.charCodeAt(0)] = 0;
for (const c of Object.keys(HALF_PUNCT)) FOLDS[c.charCodeAt(0)] = 2;

/**
 * Per UTF-16 unit: 0 when it never folds, 1 when it folds to another character, 2 for half-width
 * punctuation (it folds or not by its neighbours). Read-only for callers that fold in their own pass.
 */
export const FOLD_FLAGS: Readonly<Uint8Array> = FOLDS;

/** The folded form of the character at `i` of `text`, flagged `flag` (1 or 2) in FOLD_FLAGS. */
export function foldAt(text: string, i: number, flag: number): string {
	const c = text[i]!;
	return flag === 2 ? foldPunct(text, i, c) : foldChar(c);
}

function foldChar(c: string): string {
	const code = c.charCodeAt(0);
	// Full-width ASCII block FF01–FF5E maps to 0021–007E (its Chinese punctuation is unflagged).
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
	return FOLD.get(c) ?? c;
}

/** The folded twin of `text` (same length, same offsets). */
export function fold(text: string): string {
	const n = text.length;
	let i = 0;
	// Start the copy only at the first character that really changes (a flagged . in 12.5 does not).
	for (; i < n; i++) {
		const flag = FOLDS[text.charCodeAt(i)];
		if (flag === 0) continue;
		if (flag !== 2) break;
		const c = text[i]!;
		if (foldPunct(text, i, c) !== c) break;
	}
	if (i === n) return text;
	let out = text.slice(0, i);
	let last = i;
	for (; i < n; i++) {
		const flag = FOLDS[text.charCodeAt(i)];
		if (flag === 0) continue;
		const c = text[i]!;
		const to = flag === 2 ? foldPunct(text, i, c) : foldChar(c);
		if (to === c) continue;
		out += text.slice(last, i) + to;
		last = i + 1;
	}
	return out + text.slice(last);
}

/** The folded text a rule should match on: the engine's precomputed one, or folded here. */
export function foldedOf(ctx: { text: string; folded?: string }): string {
	return ctx.folded ?? fold(ctx.text);
}
