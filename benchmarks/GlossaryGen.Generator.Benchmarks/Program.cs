using System.Linq;
using BenchmarkDotNet.Running;

namespace GlossaryGen.Generator.Benchmarks
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            if (args.FirstOrDefault() == "--describe")
            {
                ProjectDescription.Print();
                return;
            }

            if (args.FirstOrDefault() == "--compile-cost")
            {
                CompileCostMeasurement.Print(
                    repeats: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1,
                    glossaryCount: args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100);
                return;
            }

            if (args.FirstOrDefault() == "--first-lookup")
            {
                FirstLookupMeasurement.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
                return;
            }

            if (args.FirstOrDefault() == "--time-lookups")
            {
                var benchmark = new LookupBenchmarks { Terms = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) };
                benchmark.Setup();
                for (int round = 0; round < 5; round++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    for (int i = 0; i < 1000; i++)
                    {
                        benchmark.TryExpandHits();
                    }

                    double glossary = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    for (int i = 0; i < 1000; i++)
                    {
                        benchmark.FrozenDictionaryHits();
                    }

                    double frozen = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    for (int i = 0; i < 1000; i++)
                    {
                        benchmark.IndexOfHits();
                    }

                    double indexOf = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    for (int i = 0; i < 1000; i++)
                    {
                        benchmark.RuntimeIndexOfHits();
                    }

                    System.Console.WriteLine($"TryExpand {glossary:F1} ns/lookup, FrozenDictionary {frozen:F1}, IndexOf {indexOf:F1}, runtime IndexOf {watch.Elapsed.TotalMilliseconds:F1}");
                }

                return;
            }

            if (args.FirstOrDefault() == "--first-lookup-child")
            {
                FirstLookupMeasurement.Child(args[1], args[2]);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new GeneratorBenchmarkConfig());
        }
    }
}
