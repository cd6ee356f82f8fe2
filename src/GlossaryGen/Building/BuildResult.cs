using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>The output of the model step: what to emit (null when the project has no glossary) and what to report.</summary>
    internal sealed record BuildResult(GlossaryModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
