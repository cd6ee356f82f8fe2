namespace GlossaryGen.Model
{
    /// <summary>A place in a glossary file: the file's path and a range in it.</summary>
    internal sealed record FileLocation(string Path, TextRange Range);
}
