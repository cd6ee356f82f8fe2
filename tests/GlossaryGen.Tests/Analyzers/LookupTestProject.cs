using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GlossaryGen.Analyzers;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GlossaryGen.Tests.Analyzers
{
    /// <summary>
    /// A project for the analyzer and code-fix tests: the consumer's code, plus what the real generator emits
    /// for its glossary (as generated files, which the analyzer skips), plus any compiled glossary libraries.
    /// References are the test host's framework assemblies, so the tests download nothing.
    /// </summary>
    internal sealed class LookupTestProject
    {
        /// <summary>A glossary shaped like the seed reports: a plain term, a quoted core, a term in quotes.</summary>
        public const string Glossary =
            "[1]六零：零门槛、零跑腿、零收费、零距离、零干扰、零容忍。\n" +
            "[2]工业“一主一特”：新材料、大健康。\n" +
            "[3]“三送三解三优”：送政策、送温暖、送信心，解基层之难、解企业之难、解群众之难，优作风、优服务、优环境。\n" +
            "[4]四好农村路：建好、管好、护好、运营好农村公路。\n";

        private readonly Dictionary<string, string> _generated = new Dictionary<string, string>();
        private readonly List<MetadataReference> _libraries = new List<MetadataReference>();

        /// <summary>The project's own glossary class, generated with <paramref name="properties"/> as build properties.</summary>
        public LookupTestProject WithGlossary(string glossary = Glossary, IDictionary<string, string>? properties = null)
        {
            GeneratorRun run = GeneratorHarness.Run(
                new[] { new InMemoryAdditionalText("/project/terms.glossary.txt", glossary) },
                options: new TestOptionsProvider(properties ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" }));
            Assert.Empty(run.GeneratorDiagnostics);
            foreach (KeyValuePair<string, string> source in run.Sources)
            {
                _generated[source.Key] = source.Value;
            }

            return this;
        }

        /// <summary>A glossary in a netstandard-style C# 7.3 library, referenced compiled, as an app uses a package or project.</summary>
        public LookupTestProject WithLibrary(string assemblyName, string @namespace, string className, string glossary = Glossary)
        {
            GeneratorRun run = GeneratorHarness.Run(
                new[] { new InMemoryAdditionalText("/library/terms.glossary.txt", glossary) },
                // A syntax tree tells the generator the project's C# version, as in a real library.
                consumerCode: "namespace " + @namespace + " { internal static class Marker { } }",
                languageVersion: LanguageVersion.CSharp7_3,
                nullable: Microsoft.CodeAnalysis.NullableContextOptions.Disable,
                options: new TestOptionsProvider(new Dictionary<string, string>
                {
                    ["build_property.GlossaryGen_Namespace"] = @namespace,
                    ["build_property.GlossaryGen_ClassName"] = className,
                }),
                assemblyName: assemblyName);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = run.OutputCompilation.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            _libraries.Add(MetadataReference.CreateFromImage(image.ToArray()));
            return this;
        }

        /// <summary>Checks that <paramref name="code"/> gets exactly <paramref name="expected"/>.</summary>
        public Task VerifyAsync(string code, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<LookupAnalyzer, DefaultVerifier>();
            Configure(test, test.TestState, code);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>Checks that <paramref name="code"/> gets <paramref name="expected"/> and that <typeparamref name="TFix"/> (action <paramref name="actionIndex"/>, and Fix All) turns it into <paramref name="fixedCode"/>.</summary>
        public Task VerifyFixAsync<TFix>(string code, DiagnosticResult[] expected, string fixedCode, int actionIndex = 0, params DiagnosticResult[] remaining)
            where TFix : CodeFixProvider, new()
        {
            var test = new CSharpCodeFixTest<LookupAnalyzer, TFix, DefaultVerifier> { CodeActionIndex = actionIndex };
            Configure(test, test.TestState, code);
            AddGenerated(test.FixedState, fixedCode);
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static DiagnosticResult UnknownTerm() => new DiagnosticResult(LookupDiagnostics.UnknownTermId, DiagnosticSeverity.Warning);

        public static DiagnosticResult TypedMember() => new DiagnosticResult(LookupDiagnostics.UseTypedMemberId, DiagnosticSeverity.Info);

        private void Configure(AnalyzerTest<DefaultVerifier> test, SolutionState state, string code)
        {
            // No package download: the framework assemblies of the test host and GlossaryGen.Runtime.
            test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            state.AdditionalReferences.AddRange(GeneratorHarness.FrameworkAndRuntime.Concat(_libraries));
            AddGenerated(state, code);
        }

        private void AddGenerated(SolutionState state, string code)
        {
            state.Sources.Add(("/0/Test0.cs", code));
            foreach (KeyValuePair<string, string> source in _generated.OrderBy(s => s.Key, System.StringComparer.Ordinal))
            {
                state.Sources.Add(("/0/Generated/" + source.Key, source.Value));
            }
        }
    }
}
