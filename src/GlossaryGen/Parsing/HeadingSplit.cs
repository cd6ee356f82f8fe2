namespace GlossaryGen.Parsing
{
    /// <summary>What separates a heading from its definition on a line.</summary>
    internal enum SeparatorKind
    {
        /// <summary>The line is not a heading.</summary>
        None,

        /// <summary><c>六零：…</c> or <c>六零:…</c>.</summary>
        Colon,

        /// <summary>Nothing after a closing quote: <c>爱国卫生“7个专项行动”清垃圾、…</c>.</summary>
        ClosingQuote,

        /// <summary>A single space: <c>七办 指一窗通办…</c>.</summary>
        Space,

        /// <summary>The heading alone on its line; the definition follows on the next lines.</summary>
        LineBreak,

        /// <summary><c>1.“六个精准”。扶贫对象精准…</c>: a numbered short heading ended by a full stop.</summary>
        FullStop,

        /// <summary><c>4．紫线是指…</c>: a numbered line with no separator, split before the word that opens the definition.</summary>
        DefinitionWord,

        /// <summary>A dash printed where others print a colon: <c>口袋公园——指面积…</c>.</summary>
        Dash,

        /// <summary><c>1.六稳，指稳就业…</c>: a numbered short heading, a comma, then 指 or 即.</summary>
        Comma,

        /// <summary>The term in lenticular brackets at the start of the line: <c>【低空经济】以民用航空器为主…</c>.</summary>
        Bracketed,
    }

    /// <summary>Where the heading and the definition are in a line's text (after its numbering).</summary>
    internal readonly struct HeadingSplit
    {
        public HeadingSplit(SeparatorKind kind, int headingLength, int definitionStart, bool isGuess = false, int headingStart = 0)
        {
            Kind = kind;
            HeadingStart = headingStart;
            HeadingLength = headingLength;
            DefinitionStart = definitionStart;
            IsGuess = isGuess;
        }

        /// <summary>Whether the split is a guess the reader reports (GG0112) rather than a shape it is sure of.</summary>
        public bool IsGuess { get; }

        public SeparatorKind Kind { get; }

        /// <summary>Where the heading starts: 0, or after the bracket that encloses it.</summary>
        public int HeadingStart { get; }

        /// <summary>The heading is text[HeadingStart, HeadingStart + HeadingLength).</summary>
        public int HeadingLength { get; }

        /// <summary>The definition is text[DefinitionStart..], possibly empty.</summary>
        public int DefinitionStart { get; }

        public bool IsHeading => Kind != SeparatorKind.None;
    }
}
