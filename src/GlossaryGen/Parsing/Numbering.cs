namespace GlossaryGen.Parsing
{
    /// <summary>How entries are numbered; variants that differ only in width (<c>1.</c>/<c>1．</c>) are one style.</summary>
    internal enum NumberingStyle
    {
        None,

        /// <summary><c>[1]</c>, <c>［1］</c>, <c>【1】</c>, <c>〔1〕</c>, <c>﹝1﹞</c>.</summary>
        Bracket,

        /// <summary><c>1.</c>, <c>1．</c>.</summary>
        Dot,

        /// <summary><c>1、</c>.</summary>
        Comma,

        /// <summary><c>(1)</c>, <c>（1）</c>.</summary>
        Parenthesis,

        /// <summary><c>一、</c>, <c>十二、</c>: Chinese numerals, as department budget disclosures number their terms.</summary>
        ChineseComma,

        /// <summary><c>（一）</c>, <c>(十二)</c>.</summary>
        ChineseParenthesis,

        /// <summary>A markdown footnote definition: <c>[^1]: 六稳六保：…</c>.</summary>
        Footnote,

        /// <summary><c>①</c> to <c>⑳</c>, <c>⑴</c> to <c>⒇</c>: one character each.</summary>
        Circled,
    }

    /// <summary>The number in front of an entry and how many characters it takes, spaces after it included.</summary>
    internal readonly struct Numbering
    {
        public Numbering(NumberingStyle style, int number, int length)
        {
            Style = style;
            Number = number;
            Length = length;
        }

        public NumberingStyle Style { get; }

        public int Number { get; }

        public int Length { get; }

        public bool IsPresent => Style != NumberingStyle.None;
    }
}
