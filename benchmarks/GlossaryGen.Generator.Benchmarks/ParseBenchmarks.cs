using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using GlossaryGen.Input;
using GlossaryGen.Reading;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// The generator's per-file step (read, parse, split definitions into items) on the synthetic project's 100
    /// glossaries of 100 terms, without the driver: the Parse step of <see cref="GeneratorRunBenchmarks"/>, warm.
    /// The cold run, JIT included, is what <c>--describe</c> prints.
    /// </summary>
    [MemoryDiagnoser]
    public class ParseBenchmarks
    {
        private GlossaryFileRequest[] _requests = null!;

        [GlobalSetup]
        public void Setup()
        {
            var project = new SyntheticProject(glossaryCount: 100, termsPerGlossary: 100, sourceFileCount: 0);
            _requests = project.Glossaries
                .Select(text => new GlossaryFileRequest(text, GlossaryFileKind.Glossary, ClassName: null, OptionProblem: null))
                .ToArray();
            if (ReadAll() != project.TermCount)
            {
                throw new System.InvalidOperationException("The parser did not read every synthetic term.");
            }
        }

        /// <summary>All 100 files, as the first run reads them.</summary>
        [Benchmark]
        public int ReadAll()
        {
            int entries = 0;
            foreach (GlossaryFileRequest request in _requests)
            {
                entries += FileReader.Read(request, CancellationToken.None).Glossary.Entries.Count;
            }

            return entries;
        }
    }
}
