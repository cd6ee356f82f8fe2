using GlossaryGen.Model;

namespace GlossaryGen.Input
{
    /// <summary>The project-wide options, validated; invalid values are replaced by defaults and reported.</summary>
    /// <param name="Namespace">The namespace to generate into, or null to use the project's root namespace.</param>
    internal sealed record GlobalOptions(
        string? Namespace,
        string ClassName,
        bool IsPublic,
        EquatableArray<DiagnosticInfo> Problems);
}
