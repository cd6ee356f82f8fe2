using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Analyzers
{
    /// <summary>
    /// The decoded index of each class a compilation's lookups call, looked up once per compilation (and decoded
    /// once per process, <see cref="DecodedIndexes"/>): a class without <c>[GlossaryGen.GlossaryIndex]</c> (or with an
    /// index this analyzer cannot read) maps to null.
    /// </summary>
    internal sealed class GlossaryClassCache
    {
        private const string AttributeName = "GlossaryIndexAttribute";
        private const string AttributeNamespace = "GlossaryGen";

        private readonly ConcurrentDictionary<INamedTypeSymbol, LookupIndex?> _indexes =
            new ConcurrentDictionary<INamedTypeSymbol, LookupIndex?>(SymbolEqualityComparer.Default);

        /// <summary>Whether any assembly the compilation sees declares the attribute; without it nothing can be a glossary class.</summary>
        public static bool AttributeIsVisible(Compilation compilation)
            => !compilation.GetTypesByMetadataName(AttributeNamespace + "." + AttributeName).IsEmpty;

        public LookupIndex? IndexOf(INamedTypeSymbol type) => _indexes.GetOrAdd(type, Read);

        private static LookupIndex? Read(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (IsIndexAttribute(attribute.AttributeClass)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string text)
                {
                    return DecodedIndexes.Get(text);
                }
            }

            return null;
        }

        /// <summary>By name, not by symbol: a project may see the runtime's attribute through more than one reference.</summary>
        private static bool IsIndexAttribute(INamedTypeSymbol? type)
            => type != null
                && type.Name == AttributeName
                && type.ContainingNamespace is { Name: AttributeNamespace } ns
                && ns.ContainingNamespace is { IsGlobalNamespace: true };
    }
}
