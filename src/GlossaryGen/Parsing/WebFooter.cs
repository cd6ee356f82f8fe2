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
            "信息来源：", "信息来源:", "责任编辑：", "责任编辑:", "编辑：", "编辑:", "作者：", "作者:",
            "来源：", "来源:", "发布时间：", "发布时间:", "发布日期：", "发布日期:", "浏览次数", "访问量",
            "打印本页", "打印关闭", "【打印】", "【关闭】", "【字体", "字号：", "字号:", "关闭窗口", "分享到",
            "网站地图", "主办单位：", "主办单位:", "承办单位：", "承办单位:", "版权所有", "Copyright", "copyright", "©",
            "备案号", "网站标识码", "上一篇", "下一篇", "相关链接", "相关文章", "联系我们",
        };

        /// <summary>Text that marks a footer wherever it stands in a line.</summary>
        private static readonly string[] Markers =
        {
            "ICP备", "ICP證", "ICP证", "公网安备", "公網安備", "网站标识码", "网站地图 |", "网站地图|",
        };

        public static bool IsFooterLine(string text)
        {
            foreach (string opening in Openings)
            {
                if (text.StartsWith(opening, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (string marker in Markers)
            {
                if (text.IndexOf(marker, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
