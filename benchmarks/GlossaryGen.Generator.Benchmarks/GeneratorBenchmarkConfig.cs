using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// A short in-process job: the numbers are for orders of magnitude (is an edit well under 5 ms?), and running
    /// in process avoids building a separate benchmark project for a runtime that is only reached by roll-forward.
    /// </summary>
    internal sealed class GeneratorBenchmarkConfig : ManualConfig
    {
        public GeneratorBenchmarkConfig()
        {
            // Loggers, exporters and columns of the default configuration; only the job is ours.
            Add(DefaultConfig.Instance);
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddDiagnoser(MemoryDiagnoser.Default);
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
