using System.Globalization;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// One number read from a term and what it counts: 三送 → (3, 送); 4+N → (4, ""), (null, "") with
    /// <see cref="Count"/> null for an open-ended N or X, written as <see cref="OpenSymbol"/>.
    /// </summary>
    internal sealed record CountPart(int? Count, string Label, string OpenSymbol = "N")
    {
        public string Describe() => Count.HasValue ? Count.Value.ToString(CultureInfo.InvariantCulture) : OpenSymbol;

        /// <summary>Whether <paramref name="found"/> items satisfy this part (an open part takes any positive number).</summary>
        public bool Accepts(int found) => Count.HasValue ? Count.Value == found : found >= 1;
    }
}
