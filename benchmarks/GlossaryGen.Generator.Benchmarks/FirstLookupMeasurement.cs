using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// The first lookup in a fresh process (<c>--first-lookup N</c>): the generated class of N terms is compiled to
    /// disk, then child processes each load it and time their very first <c>TryExpand</c>, <c>Lookup</c> and
    /// <c>Expand</c> with a stopwatch: what the JIT and any start-up work cost before the first answer.
    /// </summary>
    internal static class FirstLookupMeasurement
    {
        private const int Processes = 5;

        public static void Print(int termCount)
        {
            var glossary = new CompiledGlossary(termCount);
            string directory = Path.Combine(Path.GetTempPath(), "glossarygen-first-lookup-" + termCount.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(directory);
            string assembly = Path.Combine(directory, "Synthetic.Project.dll");
            glossary.Save(assembly);
            string term = CompiledGlossary.Keys(glossary.Load()).Last();
            var times = Enumerable.Range(0, Processes).Select(_ => RunChild(assembly, term)).OrderBy(t => t.TryExpand).ToList();
            var median = times[Processes / 2];
            Console.WriteLine($"{termCount} terms, {Processes} fresh processes, median of the first TryExpand: {median.TryExpand:F2} ms (then first Lookup {median.Lookup:F2} ms, first Expand {median.Expand:F2} ms); all TryExpand: {string.Join(", ", times.Select(t => t.TryExpand.ToString("F2", CultureInfo.InvariantCulture)))} ms");
            Console.WriteLine($"(to repeat one child: dotnet {typeof(FirstLookupMeasurement).Assembly.Location} --first-lookup-child {assembly} {term})");
            Console.WriteLine("the first TryExpand's thread, per process (wall ms: CPU ms, minor page faults, major page faults, involuntary context switches):");
            foreach (var time in times)
            {
                Console.WriteLine($"  {time.TryExpand:F2} ms: {time.Thread}");
            }
        }

        /// <summary>In the child: load the glossary, then time the first calls.</summary>
        public static void Child(string assemblyPath, string term)
        {
            Type glossary = Assembly.LoadFrom(assemblyPath).GetType("Synthetic.Project.Glossary", throwOnError: true)!;
            var tryExpand = glossary.GetMethod("TryExpand")!.CreateDelegate<LookupBenchmarks.TryExpand>();
            var lookup = glossary.GetMethod("Lookup")!.CreateDelegate<Func<string?, GlossaryEntry?>>();
            var expand = glossary.GetMethod("Expand")!.CreateDelegate<Func<string, string>>();
            ThreadUsage before = ThreadUsage.Now();
            var watch = Stopwatch.StartNew();
            bool found = tryExpand(term, out _);
            double first = watch.Elapsed.TotalMilliseconds;
            ThreadUsage spent = ThreadUsage.Now() - before;
            watch.Restart();
            GlossaryEntry? entry = lookup(term);
            double second = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            string definition = expand(term);
            double third = watch.Elapsed.TotalMilliseconds;
            if (!found || entry == null || definition.Length == 0)
            {
                throw new InvalidOperationException("the term was not found");
            }

            Console.WriteLine(string.Join(" ", new[] { first, second, third }.Select(t => t.ToString("R", CultureInfo.InvariantCulture))));
            Console.WriteLine(spent);
        }

        private static (double TryExpand, double Lookup, double Expand, string Thread) RunChild(string assembly, string term)
        {
            var start = new ProcessStartInfo("dotnet", new[] { typeof(FirstLookupMeasurement).Assembly.Location, "--first-lookup-child", assembly, term })
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            string[] output = process.StandardOutput.ReadToEnd().Trim().Split('\n');
            process.WaitForExit();
            double[] times = output[0].Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            return (times[0], times[1], times[2], output.Length > 1 ? output[1] : "?");
        }
    }
}
