using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>The abbreviations one report file uses: plain data, so the pipeline can cache it.</summary>
    /// <param name="Path">The file's path, for the diagnostic's location.</param>
    /// <param name="Uses">The abbreviations, in order of first use.</param>
    internal sealed record ReportAbbreviations(string Path, EquatableArray<AbbreviationUse> Uses);
}
