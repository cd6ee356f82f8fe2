namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes the site chrome that follows an article copied from a government web page:
    /// <c>扫一扫在手机打开当前页</c>, <c>信息来源：…</c>, <c>责任编辑：…</c>, <c>网站地图 | …</c>, ICP lines.
    /// </summary>
    internal static class WebFooter
    {
        /// <summary>Lines that only a web page footer starts with.</summary>
        private static readonly string[] Openings =
        {
            "扫一扫在手机打开当前页", "扫一扫在手机上打开当前页", "扫一扫", "手机扫一扫",
            "信息来源：", "信息来源:", "责任编辑：", "责任编辑:",
            "浏览次数", "访问量", "打印本页", "打印关闭", "【打印】", "【关闭】", "【字体", "字号：", "字号:", "关闭窗口", "分享到",
            "网站地图", "主办单位：", "主办单位:", "承办单位：", "承办单位:", "版权所有", "备案号", "网站标识码",
            "掃一掃", "信息來源：", "信息來源:", "責任編輯：", "責任編輯:", "網站地圖", "主辦單位：", "版權所有", "備案號",
        };

        /// <summary>
        /// Lines a footer often holds but a definition could also start with (<c>来源：国家统计局</c>): they
        /// open a footer only when another footer line follows closely.
        /// </summary>
        private static readonly string[] WeakOpenings =
        {
            "来源：", "来源:", "來源：", "來源:", "编辑：", "编辑:", "作者：", "作者:", "发布时间：", "发布时间:", "發布時間：",
            "发布日期：", "发布日期:", "本文来源：", "本文来源:", "文章来源：", "文章来源:", "资料来源：", "资料来源:", "資料來源：", "上一篇", "下一篇", "相关链接", "相关文章", "联系我们", "Copyright", "copyright", "©",
        };

        /// <summary>Text that marks a footer wherever it stands in a line.</summary>
        private static readonly string[] Markers =
        {
            "ICP备", "ICP證", "ICP证", "公网安备", "公網安備", "网站标识码", "网站地图 |", "网站地图|",
        };

        /// <summary>Whether the line is certainly part of a web page footer.</summary>
        public static bool IsStrongFooterLine(string text) => PhraseList.StartsWithAny(text, Openings) || PhraseList.ContainsAny(text, Markers);

        /// <summary>Whether the line belongs in a footer once one has begun.</summary>
        public static bool IsFooterLine(string text) => IsStrongFooterLine(text) || IsWeakFooterLine(text);

        /// <summary>Whether the line opens as a footer line often does but a definition may too (<c>来源：…</c>).</summary>
        public static bool IsWeakFooterLine(string text) => PhraseList.StartsWithAny(text, WeakOpenings);

        /// <summary>
        /// A date alone on its line (<c>二〇二五年一月</c>, <c>2025年1月15日</c>): the date under a signature or a
        /// page's publication date, never a line of a definition that ended its sentence.
        /// </summary>
        public static bool IsDateLine(string text)
        {
            int i = SkipDateNumber(text, 0);
            if (i == 0 || i >= text.Length || text[i] != '年')
            {
                return false;
            }

            int month = SkipDateNumber(text, i + 1);
            if (month == i + 1 || month >= text.Length || text[month] != '月')
            {
                return false;
            }

            if (month + 1 == text.Length)
            {
                return true;
            }

            int day = SkipDateNumber(text, month + 1);
            return day > month + 1 && day + 1 == text.Length && (text[day] == '日' || text[day] == '号');
        }

        private static int SkipDateNumber(string text, int start)
        {
            int i = start;
            while (i < text.Length && (TextChars.IsDigit(text[i]) || ChineseOrdinal.IsDigit(text[i]) || text[i] == '〇' || text[i] == '零'))
            {
                i++;
            }

            return i;
        }
    }
}
