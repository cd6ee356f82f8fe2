using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>
    /// Compiles the matcher part the emitter generates together with a stand-in for the main generated
    /// part (which supplies <c>EntryAt</c>), the way a consumer's build would, and loads the result.
    /// </summary>
    internal static class GeneratedMatcherCompiler
    {
        public static GlossaryModel Model(EmitOptions options, IReadOnlyList<string> terms, IReadOnlyList<KeyValuePair<string, int>> keys)
        {
            var entries = terms
                .Select((term, i) => new EntryModel(i, "E" + i, term, term, "definition of " + term, "test.txt", i + 1, i + 1, EquatableArray<string>.Empty, EquatableArray<GlossaryGen.Structure.ItemGroup>.Empty))
                .ToEquatableArray();
            var lookupKeys = keys
                .OrderBy(key => key.Key, StringComparer.Ordinal)
                .Select(key => new LookupKey(key.Key, key.Value))
                .ToEquatableArray();
            return new GlossaryModel(options, entries, lookupKeys, EquatableArray<FileModel>.Empty);
        }

        /// <summary>The stand-in for the main part: entries made on demand, the way the lead's emitter does.</summary>
        public static string MainPart(GlossaryModel model)
        {
            string open = model.Options.Namespace.Length > 0 ? "namespace " + model.Options.Namespace + "\n{\n" : string.Empty;
            string close = model.Options.Namespace.Length > 0 ? "}\n" : string.Empty;
            return open
                + "/// <summary>Test glossary.</summary>\n"
                + model.Options.Accessibility + " static partial class " + model.Options.ClassName + "\n{\n"
                + "    private static global::GlossaryGen.GlossaryEntry EntryAt(int index)\n"
                + "    {\n"
                + "        return new global::GlossaryGen.GlossaryEntry(\"t\" + index, \"t\" + index, \"d\", \"test.txt\", index + 1, index + 1);\n"
                + "    }\n"
                + "}\n"
                + close;
        }

        public static (CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Compile(
            GlossaryModel model, string matcherPart, LanguageVersion languageVersion, bool nullable, params string[] symbols)
        {
            var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose, preprocessorSymbols: symbols);
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(MainPart(model), parseOptions, "Main.g.cs"),
                CSharpSyntaxTree.ParseText(matcherPart, parseOptions, "Matcher.g.cs"),
            };
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error);
            var compilation = CSharpCompilation.Create("GeneratedMatcher" + Guid.NewGuid().ToString("N"), trees, References(), options);
            return (compilation, compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray());
        }

        public static Type Load(CSharpCompilation compilation, string typeName)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }

            stream.Position = 0;
            var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
            Assembly assembly = context.LoadFromStream(stream);
            return assembly.GetType(typeName, throwOnError: true)!;
        }

        private static IEnumerable<MetadataReference> References()
        {
            string platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return platform.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(GlossaryMatcher).Assembly.Location));
        }
    }
}
