namespace GlossaryGen.Parsing
{
    /// <summary>An HTML comment left by a web-page conversion: <c>&lt;!-- 在…会议上 --&gt;</c>, on one line or over several.</summary>
    internal static class HtmlComment
    {
        public static bool Opens(string text) => text.StartsWith("<!--", System.StringComparison.Ordinal);

        public static bool Closes(string text) => text.IndexOf("-->", System.StringComparison.Ordinal) >= 0;
    }
}
