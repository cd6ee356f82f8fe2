using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// The synthetic project's glossaries through the generator, compiled in Release the way a consumer's build
    /// compiles them: the generated class as an assembly, to time its lookups.
    /// </summary>
    internal sealed class CompiledGlossary
    {
        public CompiledGlossary(int termCount)
        {
            Project = new SyntheticProject(glossaryCount: Math.Max(1, termCount / 100), termsPerGlossary: Math.Min(100, termCount), sourceFileCount: 0);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                Project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options);
            driver.RunGeneratorsAndUpdateCompilation(Project.CreateCompilation(new[] { ConsumerTree }), out Compilation output, out _);
            Compilation = ((CSharpCompilation)output).WithOptions(((CSharpCompilation)output).Options.WithOptimizationLevel(OptimizationLevel.Release));
        }

        /// <summary>The consumer's own method that <see cref="LookupBenchmarks"/> times: a loop calling <c>Glossary.TryExpand</c> directly.</summary>
        public const string ConsumerType = "Synthetic.Project.LookupConsumer";

        public SyntheticProject Project { get; }

        public Compilation Compilation { get; }

        /// <summary>Writes the assembly to <paramref name="path"/>.</summary>
        public void Save(string path)
        {
            using FileStream stream = File.Create(path);
            var result = Compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        /// <summary>Loads the assembly into this process and returns the generated class.</summary>
        public Type Load()
        {
            using var stream = new MemoryStream();
            var result = Compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return Assembly.Load(stream.ToArray()).GetType("Synthetic.Project.Glossary", throwOnError: true)!;
        }

        /// <summary>
        /// A consumer's code calling the generated lookup as applications do, compiled into the same assembly: the JIT
        /// treats its call site as it treats an application's (inlining, the <c>out</c> argument in a register), which
        /// a call through a delegate or function pointer from the benchmark cannot show.
        /// </summary>
        private static SyntaxTree ConsumerTree { get; } = CSharpSyntaxTree.ParseText(
            """
            namespace Synthetic.Project
            {
                public static class LookupConsumer
                {
                    public static int SumDefinitionLengths(string[] terms)
                    {
                        int found = 0;
                        foreach (string term in terms)
                        {
                            if (Glossary.TryExpand(term, out string? definition))
                            {
                                found += definition.Length;
                            }
                        }

                        return found;
                    }
                }
            }
            """,
            SyntheticProject.ParseOptions,
            "/project/Code/LookupConsumer.cs");

        /// <summary>Every entry's term and heading: keys the lookups find.</summary>
        public static string[] Keys(Type glossary)
        {
            var all = (IReadOnlyList<GlossaryEntry>)glossary.GetProperty("All")!.GetValue(null)!;
            return all.SelectMany(entry => new[] { entry.Term, entry.Heading }).Distinct(StringComparer.Ordinal).ToArray();
        }
    }
}
