namespace GlossaryGen.Model
{
    /// <summary>
    /// One string under which an entry is found: its heading, its heading without quote marks, or a
    /// quoted core. Keys are already normalized the way <c>GlossaryKey.Normalize</c> normalizes input.
    /// </summary>
    internal sealed record LookupKey(string Key, int EntryIndex);
}
