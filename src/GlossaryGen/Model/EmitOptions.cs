namespace GlossaryGen.Model
{
    /// <summary>What the generated code looks like and which language features it may use.</summary>
    /// <param name="Namespace">The namespace of the generated class; empty for the global namespace.</param>
    /// <param name="ClassName">The generated class's name (<c>Glossary</c>).</param>
    /// <param name="IsPublic">Whether generated types are public rather than internal.</param>
    /// <param name="SupportsNullable">Whether the consumer's C# version has nullable reference types (C# 8).</param>
    /// <param name="SupportsSpan">Whether the consumer can use the runtime's <c>ReadOnlySpan&lt;char&gt;</c> overloads.</param>
    /// <param name="HasNotNullWhenAttribute">Whether <c>[NotNullWhen]</c> can annotate <c>TryExpand</c>'s out parameter.</param>
    internal sealed record EmitOptions(
        string Namespace,
        string ClassName,
        bool IsPublic,
        bool SupportsNullable,
        bool SupportsSpan,
        bool HasNotNullWhenAttribute = false)
    {
        public string Accessibility => IsPublic ? "public" : "internal";
    }
}
