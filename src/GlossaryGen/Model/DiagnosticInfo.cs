namespace GlossaryGen.Model
{
    /// <summary>
    /// A diagnostic to report, kept as plain data (no <c>Location</c>, no <c>Diagnostic</c>) so that it
    /// can live in cached models. It becomes a Roslyn diagnostic only when reported.
    /// </summary>
    /// <param name="Id">A descriptor ID from <see cref="Diagnostics.DiagnosticDescriptors"/>.</param>
    /// <param name="Location">Where it is reported; null for diagnostics about the project.</param>
    /// <param name="Arguments">The message arguments.</param>
    /// <param name="AdditionalLocations">Other places involved, such as the second definition of a conflicting term.</param>
    internal sealed record DiagnosticInfo(
        string Id,
        FileLocation? Location,
        EquatableArray<string> Arguments,
        EquatableArray<FileLocation> AdditionalLocations)
    {
        public static DiagnosticInfo Create(string id, FileLocation? location, params string[] arguments)
            => new DiagnosticInfo(id, location, arguments.ToEquatableArray(), EquatableArray<FileLocation>.Empty);
    }
}
