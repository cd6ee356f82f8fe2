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

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new GeneratorBenchmarkConfig());
        }
    }
}
