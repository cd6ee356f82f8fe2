namespace GlossaryGen.Model
{
    /// <summary>
    /// A problem found while reading a glossary file: the descriptor ID from
    /// <see cref="Diagnostics.DiagnosticDescriptors"/>, where it is, and the message arguments.
    /// </summary>
    /// <param name="AdditionalRanges">
    /// Other places involved, such as the first definition of a term defined twice; they map to
    /// <c>DiagnosticInfo.AdditionalLocations</c>.
    /// </param>
    internal sealed record ParseDiagnostic(
        string Id,
        TextRange Range,
        EquatableArray<string> Arguments,
        EquatableArray<TextRange> AdditionalRanges = default)
    {
        public static ParseDiagnostic Create(string id, TextRange range, params string[] arguments)
            => new ParseDiagnostic(id, range, arguments.ToEquatableArray());
    }
}
