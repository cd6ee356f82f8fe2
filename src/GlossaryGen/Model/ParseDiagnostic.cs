namespace GlossaryGen.Model
{
    /// <summary>
    /// A problem found while reading a glossary file: the descriptor ID from
    /// <see cref="Diagnostics.DiagnosticDescriptors"/>, where it is, and the message arguments.
    /// </summary>
    internal sealed record ParseDiagnostic(string Id, TextRange Range, EquatableArray<string> Arguments)
    {
        public static ParseDiagnostic Create(string id, TextRange range, params string[] arguments)
            => new ParseDiagnostic(id, range, arguments.ToEquatableArray());
    }
}
