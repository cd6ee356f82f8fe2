using BenchmarkDotNet.Running;

namespace GlossaryGen.Generator.Benchmarks
{
    internal static class Program
    {
        private static void Main(string[] args) =>
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new GeneratorBenchmarkConfig());
    }
}
