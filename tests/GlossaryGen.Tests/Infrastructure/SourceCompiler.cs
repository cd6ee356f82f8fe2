using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>Compiles generated sources the way a strict consumer would, and loads the result.</summary>
    internal static class SourceCompiler
    {
        public static (CSharpCompilation Compilation, ImmutableArray<Diagnostic> Problems) Compile(
            IReadOnlyDictionary<string, string> sources, LanguageVersion version = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable, params string[] symbols)
        {
            var parseOptions = new CSharpParseOptions(version, DocumentationMode.Diagnose, preprocessorSymbols: symbols);
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(string.Empty, version, nullable, "Generated" + Guid.NewGuid().ToString("N"))
                .AddSyntaxTrees(sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => CSharpSyntaxTree.ParseText(s.Value, parseOptions, s.Key)));
            return (compilation, compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray());
        }

        public static Type Load(Compilation compilation, string typeName)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }

            stream.Position = 0;
            var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
            return context.LoadFromStream(stream).GetType(typeName, throwOnError: true)!;
        }

        /// <summary>Calls a public static method of <paramref name="type"/> by name and parameter types.</summary>
        public static object? Call(Type type, string method, Type[] parameters, params object?[] arguments)
            => type.GetMethod(method, BindingFlags.Public | BindingFlags.Static, null, parameters, null)!.Invoke(null, arguments);
    }
}
