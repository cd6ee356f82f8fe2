using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>Prints what the benchmarks run on: the synthetic project and what the generator makes of it.</summary>
    internal static class ProjectDescription
    {
        public static void Print()
        {
            var project = new SyntheticProject(glossaryCount: 100, termsPerGlossary: 100, sourceFileCount: 50);
            var driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options);
            var run = driver.RunGenerators(project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty)).GetRunResult();

            Console.WriteLine($"glossary files: {project.Glossaries.Length}, terms: {project.TermCount}, C# files: {project.Sources.Length}");
            Console.WriteLine($"glossary text: {project.Glossaries.Sum(text => text.GetText()!.Length):N0} chars");
            foreach (var tree in run.GeneratedTrees)
            {
                Console.WriteLine($"generated {System.IO.Path.GetFileName(tree.FilePath)}: {tree.GetText().Length:N0} chars, {tree.GetText().Lines.Count:N0} lines");
            }

            foreach (var group in run.Diagnostics.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"diagnostic {group.Key}: {group.Count()} (e.g. {group.First().GetMessage()})");
            }
        }
    }
}
