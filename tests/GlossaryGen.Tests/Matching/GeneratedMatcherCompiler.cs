using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Tests.Building;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>
    /// Emits a glossary whose entries are <c>t0</c>, <c>t1</c> … and whose matcher finds the given keys, the way a
    /// consumer's build would compile it, and loads the result.
    /// </summary>
    internal static class GeneratedMatcherCompiler
    {
        public static EmitOptions Options(string ns, string className, bool isPublic, bool nullable, bool spans)
            => new EmitOptions(new GeneratedNames(ns, className), isPublic, nullable, spans, nullable);

        public static Dictionary<string, string> Sources(EmitOptions options, int entryCount, IReadOnlyList<KeyValuePair<string, int>> keys)
        {
            ParsedEntry[] entries = Enumerable.Range(0, entryCount).Select(i => IndexFixture.Entry("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "d", i + 1, i + 1)).ToArray();
            var lookupKeys = keys
                .OrderBy(key => key.Key, StringComparer.Ordinal)
                .Select(key => new LookupKey(key.Key, key.Value))
                .ToEquatableArray();
            return IndexFixture.Sources(options, new[] { IndexFixture.File("/p/test.txt", entries) }, index => index with { Keys = lookupKeys });
        }

        public static (CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Compile(
            Dictionary<string, string> sources, LanguageVersion languageVersion, bool nullable, params string[] symbols)
            => SourceCompiler.Compile(sources, languageVersion, nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable, symbols);

        public static Type Load(CSharpCompilation compilation, string typeName) => SourceCompiler.Load(compilation, typeName);
    }
}
