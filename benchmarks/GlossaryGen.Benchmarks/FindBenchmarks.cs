using System;
using BenchmarkDotNet.Attributes;

namespace GlossaryGen.Benchmarks
{
    /// <summary>
    /// Finding every glossary term in the five seed reports joined. Every method counts the matches
    /// and folds their positions into a checksum; setup fails unless all agree with Find.
    /// </summary>
    [MemoryDiagnoser]
    public class FindBenchmarks
    {
        private string _text = string.Empty;
        private Baselines _baselines = null!;

        [GlobalSetup]
        public void Setup()
        {
            _text = SeedData.JoinedReports();
            _baselines = new Baselines(SeedData.LookupKeys());
            var expected = Baselines.GeneratedFind(_text);
            Check("Regex", expected, _baselines.Regex(_text));
            Check("SearchValues<string>", expected, _baselines.SearchValuesLoop(_text));
            Check("IndexOf per term", expected, _baselines.IndexOfPerTerm(_text));
            Check("Glossary.Find", expected, (Glossary.Find(_text).Count, expected.Checksum));
            Console.WriteLine($"// {_text.Length} chars, {SeedData.LookupKeys().Length} keys, {expected.Count} matches, all methods agree");
        }

        [Benchmark(Baseline = true, Description = "Regex (Compiled) EnumerateMatches")]
        public (int, long) CompiledRegex() => _baselines.Regex(_text);

        [Benchmark(Description = "Glossary.EnumerateMatches")]
        public (int, long) GeneratedEnumerate() => Baselines.GeneratedFind(_text);

        [Benchmark(Description = "Glossary.Find (list)")]
        public int GeneratedFindList() => Glossary.Find(_text).Count;

        [Benchmark(Description = "SearchValues<string> + IndexOfAny")]
        public (int, long) SearchValuesLoop() => _baselines.SearchValuesLoop(_text);

        [Benchmark(Description = "IndexOf per term")]
        public (int, long) IndexOfPerTerm() => _baselines.IndexOfPerTerm(_text);

        private static void Check(string name, (int Count, long Checksum) expected, (int Count, long Checksum) actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException(
                    $"{name} does not return the same matches as Glossary.Find: {actual.Count} matches (checksum {actual.Checksum}) against {expected.Count} ({expected.Checksum}).");
            }
        }
    }
}
