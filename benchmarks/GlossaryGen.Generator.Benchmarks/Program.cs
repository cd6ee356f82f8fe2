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

            if (args.FirstOrDefault() == "--analyzer-cost")
            {
                AnalyzerCostMeasurement.Print(
                    repeats: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
                    glossaryCount: args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100);
                return;
            }

            if (args.FirstOrDefault() == "--first-lookup")
            {
                FirstLookupMeasurement.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
                return;
            }

            if (args.FirstOrDefault() == "--compile-parts")
            {
                CompilePartsMeasurement.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
                return;
            }

            if (args.FirstOrDefault() == "--time-lookups")
            {
                LookupBenchmarks.TimeWithStopwatch(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
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
