using Microsoft.CodeAnalysis;

namespace GlossaryGen.Input
{
    /// <summary>
    /// A file selected for reading, with its per-file options. Holds the <see cref="AdditionalText"/>
    /// itself, which compares by reference: the compiler hands out the same instance while the file
    /// is unchanged, so an unchanged file is not parsed again.
    /// </summary>
    internal sealed record GlossaryFileRequest(
        AdditionalText Text,
        GlossaryFileKind Kind,
        string? ClassName,
        Model.DiagnosticInfo? OptionProblem)
    {
        public string Path => Text.Path;
    }
}
