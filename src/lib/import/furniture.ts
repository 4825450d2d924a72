/**
 * What template sites add around a sample text, as data with examples (each example is a test).
 * Patterns run on one line (or paragraph) at a time, never on a whole document.
 */

/** A pattern with lines it must match and lines it must leave alone. */
export interface FurniturePattern {
	re: RegExp;
	matches: string[];
	keeps: string[];
}

/** A paragraph the site wrote to introduce its samples (removed whole when short). */
export const INTRO: FurniturePattern = {
	re: /小编|希望(?:大家|对大家|对你|能对您|您)[^。！]{0,12}(?:喜欢|帮助|借鉴|参考)|(?:下面|以下)(?:是|为|就是)[^。！]{0,30}(?:范文|范例|例文|模板|文章|\d+篇)|仅供(?:大家)?参考|欢迎(?:大家)?(?:阅读|参考|借鉴|收藏)|为(?:大家|您)(?:整理|收集|精心|带来|准备|推荐)|一起来(?:看看|学习)吧/,
	matches: ['这里整理了几篇样稿，希望大家能够喜欢！', '下面是本站为你准备的工作总结范文，仅供参考。', '小编为大家带来几篇总结。', '欢迎阅读，一起来看看吧。'],
	keeps: ['下面是我一年来的工作情况。', '大家都很喜欢这项活动。', '以下是主要做法：', '下面是我一年来的工作总结。', '以下是本年度工作总结，请予审议。']
};

/** A heading that starts a block of links to other articles. */
export const RELATED_HEADER: FurniturePattern = {
	re: /^[【\[]?(?:相关推荐|相关文章|相关阅读|热门文章|热门推荐|推荐阅读|延伸阅读|猜你喜欢|精彩推荐|最新文章|更多(?:相关)?(?:文章|范文|推荐))[】\]]?[:：]?$/,
	matches: ['相关推荐', '【热门文章】', '猜你喜欢：'],
	keeps: ['相关推荐工作已完成。']
};

/** A short line that reads as the title of another article (a related-article list entry). */
export const ARTICLE_TITLE: FurniturePattern = {
	re: /(?:总结|报告|计划|范文|心得|体会|方案|述职|讲话|发言|致辞|材料|汇报|精品|精选|大全|汇总|模板|通用|合集|简短|优秀|最新)(?:[（(]?(?:[\d一二三四五六七八九十]+篇|精选|通用|最新)[)）]?)?$/,
	matches: ['街道办年终工作总结', '销售经理述职报告精选', '新员工转正心得体会（5篇）'],
	keeps: ['一、总体情况', '全面完成了年度计划。']
};

/** "（模板7篇）", "(精选5篇)", "【通用】", "范文3篇" at the end of a title. */
export const TITLE_SUFFIX: FurniturePattern = {
	re: /\s*(?:[（(【\[](?:(?:模板|精选|通用|最新|优秀|经典|热门|范文|合集|汇总|大全|推荐|必备|实用)+\s*(?:[\d一二三四五六七八九十]+\s*篇)?|[\d一二三四五六七八九十]+\s*篇(?:精选|通用|模板)?)[)）】\]]|(?:范文|精选|模板)\s*[\d一二三四五六七八九十]+\s*篇|(?:精选|范文|模板)?大全)\s*$/,
	matches: ['2025年度工作总结(模板7篇)', '个人述职报告（精选5篇）', '半年工作总结【通用】', '年终总结范文3篇'],
	keeps: ['2025年度工作总结', '关于开展“三篇文章”的报告']
};

/** A line that marks where a sample starts: "……篇一", "篇二：", "【篇三】", "范文四", "第五篇". */
export const MARKER: FurniturePattern = {
	re: /^(?:.{0,40}?)(?:[【\[]?篇[一二三四五六七八九十\d]{1,3}[】\]]?|[【\[]?范文[一二三四五六七八九十\d]{1,3}[】\]]?|第[一二三四五六七八九十\d]{1,3}篇)[:：]?(?:.{0,40})$/,
	matches: ['年度工作总结篇一', '篇二：', '【篇三】年终工作总结', '第四篇 个人述职'],
	keeps: ['我写了三篇调研报告。']
};

/** Site notices: reading limits, word counts, page numbers, downloads, VIP. */
export const NOTICE: FurniturePattern = {
	re: /试读已结束|(?:剩余|余下)[^。]{0,10}未读|(?:全文|本文)共\s*[\d,，]+\s*字|第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|^\s*\d+\s*\/\s*\d+\s*$|(?:开通|成为|购买)\s*VIP|VIP(?:会员|专享|免费|下载)|(?:点击|立即|免费|全文|文档|本文|word版)\s*下载|下载(?:全文|文档|word|本文|完整版)|阅读全文|展开全文|继续阅读|(?:登录|注册)后(?:可|才能|即可)|还剩\s*\d+\s*页/i,
	matches: ['试读已结束，如需继续阅读请下载', '全文共3206字', '第 1 页 共 5 页', 'VIP专享文档', '点击下载完整版', '2 / 7'],
	keeps: ['全年完成下载量统计工作。', '全县共有12个乡镇。']
};

/** Site watermarks and copyright lines. */
export const WATERMARK: FurniturePattern = {
	re: /转载请(?:注明|保留)|本文(?:来源|来自|由)|文章来源[:：]|来源[:：][^。，]{0,20}(?:网|文库|站)|版权(?:所有|归)|未经[^。]{0,10}许可|Copyright|©|(?:范文|文库|文档|作文)(?:网|站)\s*$|\b[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?\b/i,
	matches: ['本文来源于网络，转载请注明出处', '来源：某某范文网', 'Copyright 2024', 'www.example.com'],
	keeps: ['加强版权保护宣传。']
};

/** A URL (kept out of punctuation changes; removed as furniture). */
export const URL_RE = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
