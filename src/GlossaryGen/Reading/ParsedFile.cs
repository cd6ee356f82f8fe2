using GlossaryGen.Input;
using GlossaryGen.Model;
using GlossaryGen.Structure;

namespace GlossaryGen.Reading
{
    /// <summary>
    /// The cached result of reading one file: its parse, the structure of each entry, and every
    /// diagnostic about the file alone. Equal for an unchanged file, so later steps stay cached.
    /// </summary>
    /// <param name="Path">The file's full path, for diagnostic locations only (never emitted).</param>
    /// <param name="FileName">The file's name, which the generated code shows.</param>
    /// <param name="ClassName">The class name requested through metadata, or null to derive one.</param>
    /// <param name="Structures">The structure of each entry of <see cref="ParsedGlossary.Entries"/>, index for index.</param>
    /// <param name="Diagnostics">The file's diagnostics, parse and structure ones together, located in this file.</param>
    /// <param name="Abbreviations">The quoted numeric abbreviations its body uses (reports, and glossaries with body text before the section).</param>
    internal sealed record ParsedFile(
        string Path,
        string FileName,
        GlossaryFileKind Kind,
        string? ClassName,
        ParsedGlossary Glossary,
        EquatableArray<EntryStructure> Structures,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<Abbreviations.AbbreviationUse> Abbreviations = default);
}
