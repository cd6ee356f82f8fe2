using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>A quoted numeric abbreviation used in one report's body.</summary>
    /// <param name="Term">The abbreviation, without its quote marks: <c>四好农村路</c>.</param>
    /// <param name="FirstRange">Where it is first quoted (the text inside the quote marks).</param>
    /// <param name="Count">How often the body uses it, quoted or not, not counting occurrences inside a longer abbreviation of the same report.</param>
    internal sealed record AbbreviationUse(string Term, TextRange FirstRange, int Count);
}
