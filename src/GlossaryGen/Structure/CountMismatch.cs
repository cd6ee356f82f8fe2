namespace GlossaryGen.Structure
{
    /// <summary>
    /// What the term announces and what the definition lists, in words fit for a diagnostic
    /// (<c>6 items</c>, <c>5 items</c>).
    /// </summary>
    internal sealed record CountMismatch(string Announced, string Found);
}
