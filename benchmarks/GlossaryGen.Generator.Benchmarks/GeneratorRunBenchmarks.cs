using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// The generator as the IDE drives it: one full run when the project opens, then a run after every edit.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorRunBenchmarks
    {
        private SyntheticProject _project = null!;
        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _warmDriver = null!;
        private AdditionalText _original = null!;
        private AdditionalText _edited = null!;
        private bool _showEdited;

        [GlobalSetup]
        public void Setup()
        {
            _project = new SyntheticProject(glossaryCount: 100, termsPerGlossary: 100, sourceFileCount: 50);
            _compilation = _project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty);
            _original = _project.Glossaries[42];
            _edited = SyntheticProject.WithOneLineEdited(_original, "（修订）");
            _warmDriver = CreateDriver().RunGenerators(_compilation);
            var run = _warmDriver.GetRunResult();
            if (run.GeneratedTrees.IsEmpty || run.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                throw new System.InvalidOperationException("The generator produced no code for the synthetic project: " + string.Join("; ", run.Diagnostics));
            }
        }

        /// <summary>Opening the project: nothing cached, every glossary parsed, the whole class emitted.</summary>
        [Benchmark]
        public GeneratorDriver FirstRun() => CreateDriver().RunGenerators(_compilation);

        /// <summary>
        /// One line of one glossary changed since the last run; alternating between two texts makes every
        /// iteration a real edit. Goal: under 5 ms.
        /// </summary>
        [Benchmark]
        public GeneratorDriver IncrementalRunAfterOneGlossaryLineChanged()
        {
            var (from, to) = _showEdited ? (_edited, _original) : (_original, _edited);
            _showEdited = !_showEdited;
            _warmDriver = _warmDriver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
            return _warmDriver;
        }

        /// <summary>A C# edit elsewhere in the project: nothing of the generator's should run again.</summary>
        [Benchmark]
        public GeneratorDriver IncrementalRunAfterUnrelatedCSharpEdit()
        {
            var tree = _compilation.SyntaxTrees[0];
            var edited = tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// edit\n")));
            return _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(tree, edited));
        }

        private GeneratorDriver CreateDriver() =>
            CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                _project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }
}
