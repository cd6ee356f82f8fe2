namespace GlossaryGen.Model
{
    /// <summary>What the API file looks like and which language features it may use.</summary>
    /// <param name="Names">The generated class's namespace and names.</param>
    /// <param name="IsPublic">Whether generated types are public rather than internal.</param>
    /// <param name="SupportsNullable">Whether the consumer's C# version has nullable reference types (C# 8).</param>
    /// <param name="SupportsSpan">Whether the consumer can use the runtime's <c>ReadOnlySpan&lt;char&gt;</c> overloads.</param>
    /// <param name="HasNotNullWhenAttribute">Whether <c>[NotNullWhen]</c> can annotate <c>TryExpand</c>'s out parameter.</param>
    internal sealed record EmitOptions(
        GeneratedNames Names,
        bool IsPublic,
        bool SupportsNullable,
        bool SupportsSpan,
        bool HasNotNullWhenAttribute = false)
    {
        public string Accessibility => IsPublic ? "public" : "internal";
    }
}
