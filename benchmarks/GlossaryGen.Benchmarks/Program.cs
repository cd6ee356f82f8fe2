using BenchmarkDotNet.Running;

namespace GlossaryGen.Benchmarks
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release -- --filter * --job short</c>.</summary>
    internal static class Program
    {
        private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
