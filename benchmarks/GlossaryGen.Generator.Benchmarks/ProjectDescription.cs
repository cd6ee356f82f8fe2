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
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var compilation = project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty);
            driver = driver.RunGenerators(compilation);
            var run = driver.GetRunResult().Results.Single();

            Console.WriteLine($"glossary files: {project.Glossaries.Length}, terms: {project.TermCount}, C# files: {project.Sources.Length}");
            Console.WriteLine($"glossary text: {project.Glossaries.Sum(text => text.GetText()!.Length):N0} chars");
            foreach (var tree in run.GeneratedSources.Select(source => source.SyntaxTree))
            {
                Console.WriteLine($"generated {System.IO.Path.GetFileName(tree.FilePath)}: {tree.GetText().Length:N0} chars, {tree.GetText().Lines.Count:N0} lines");
            }

            foreach (var group in run.Diagnostics.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"diagnostic {group.Key}: {group.Count()} (e.g. {group.First().GetMessage()})");
            }

            PrintStepTimes("first run", run, driver.GetTimingInfo().ElapsedTime);

            // The same first run again with a new driver: the generator's code is compiled by now, so this is what
            // opening a project costs without the JIT's share.
            GeneratorDriver again = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)).RunGenerators(compilation);
            PrintStepTimes("first run again (warm)", again.GetRunResult().Results.Single(), again.GetTimingInfo().ElapsedTime);

            // Where an edit's time goes: the same one-line edit the benchmark makes, step by step.
            var original = project.Glossaries[42];
            driver = driver.ReplaceAdditionalText(original, SyntheticProject.WithOneLineEdited(original, "（修订）")).RunGenerators(compilation);
            PrintStepTimes("after one glossary line changed", driver.GetRunResult().Results.Single(), driver.GetTimingInfo().ElapsedTime);
        }

        private static void PrintStepTimes(string label, GeneratorRunResult run, TimeSpan elapsed)
        {
            Console.WriteLine($"{label}: whole run {elapsed.TotalMilliseconds:F1} ms");
            foreach (var step in run.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var ran = step.Value.Where(item => item.Outputs.Any(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged)).ToList();
                Console.WriteLine($"  {step.Key}: ran for {ran.Count} of {step.Value.Length} inputs, {ran.Sum(item => item.ElapsedTime.TotalMilliseconds):F1} ms");
            }

            foreach (var step in run.TrackedOutputSteps)
            {
                Console.WriteLine($"  source output: {step.Value.Sum(item => item.ElapsedTime.TotalMilliseconds):F1} ms");
            }
        }
    }
}
