namespace GlossaryGen.Structure
{
    /// <summary>A labelled sub-list of a definition: <c>“两覆盖”：隐患排查整治全覆盖、执法能力建设全覆盖</c>.</summary>
    internal sealed record ItemGroup(string Label, Model.EquatableArray<string> Items);
}
