using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>What one run of the generator produced, and what compiling its output reported.</summary>
    internal sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriverRunResult result, Compilation outputCompilation)
        {
            Result = result;
            OutputCompilation = outputCompilation;
        }

        public GeneratorDriverRunResult Result { get; }

        public Compilation OutputCompilation { get; }

        /// <summary>The diagnostics the generator reported.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        /// <summary>The generated files by hint name.</summary>
        public ImmutableDictionary<string, string> Sources => Result.Results
            .SelectMany(r => r.GeneratedSources)
            .ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

        /// <summary>Errors and warnings from compiling the project together with the generated code.</summary>
        public ImmutableArray<Diagnostic> CompilationProblems => OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();

        public string Source(string hintName) => Sources[hintName];
    }
}
