using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Input
{
    /// <summary>
    /// What the consuming compilation allows the generated code to use. Only these few values are
    /// kept, never the compilation: they stay equal across edits, so later steps stay cached.
    /// </summary>
    internal sealed record LanguageFacts(
        string AssemblyName,
        bool SupportsNullable,
        bool HasNotNullWhenAttribute,
        bool SupportsSpan)
    {
        public static LanguageFacts From(Compilation compilation)
        {
            bool csharp8 = compilation is CSharpCompilation csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;
            return new LanguageFacts(
                compilation.AssemblyName ?? string.Empty,
                csharp8,
                IsUsable(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
                compilation is CSharpCompilation c72 && c72.LanguageVersion >= LanguageVersion.CSharp7_2
                    && IsUsable(compilation, "System.ReadOnlySpan`1"));
        }

        private static bool IsUsable(Compilation compilation, string metadataName)
        {
            // GetTypeByMetadataName returns null when several assemblies define the type, which is
            // exactly when using it would be ambiguous.
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(metadataName);
            return type != null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        }
    }
}
