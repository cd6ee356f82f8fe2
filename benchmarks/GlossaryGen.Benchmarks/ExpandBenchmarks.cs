using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace GlossaryGen.Benchmarks
{
    /// <summary>
    /// Looking every lookup key up (hits) and as many quoted phrases that are no key (misses). The
    /// dictionaries get the keys exactly; the generated TryExpand also trims whitespace and quote marks.
    /// </summary>
    [MemoryDiagnoser]
    public class ExpandBenchmarks
    {
        private string[] _hits = Array.Empty<string>();
        private string[] _misses = Array.Empty<string>();
        private Dictionary<string, string> _dictionary = null!;
        private FrozenDictionary<string, string> _frozen = null!;

        [GlobalSetup]
        public void Setup()
        {
            _hits = SeedData.LookupKeys();
            _misses = SeedData.Misses(new HashSet<string>(_hits, StringComparer.Ordinal));
            _dictionary = _hits.ToDictionary(key => key, key => Glossary.Expand(key), StringComparer.Ordinal);
            _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
            foreach (string hit in _hits)
            {
                if (!Glossary.TryExpand(hit, out string? definition) || !ReferenceEquals(definition, _dictionary[hit]) && definition != _dictionary[hit])
                {
                    throw new InvalidOperationException("TryExpand disagrees with the dictionary on " + hit);
                }
            }

            if (_misses.Any(miss => Glossary.TryExpand(miss, out _) || _dictionary.ContainsKey(miss)))
            {
                throw new InvalidOperationException("a miss is found");
            }

            Console.WriteLine($"// {_hits.Length} hits, {_misses.Length} misses");
        }

        [Benchmark(Baseline = true), BenchmarkCategory("Hits")]
        public int DictionaryHits() => Count(_dictionary, _hits);

        [Benchmark, BenchmarkCategory("Hits")]
        public int FrozenDictionaryHits() => Count(_frozen, _hits);

        [Benchmark, BenchmarkCategory("Hits")]
        public int GlossaryTryExpandHits() => CountGlossary(_hits);

        [Benchmark, BenchmarkCategory("Misses")]
        public int DictionaryMisses() => Count(_dictionary, _misses);

        [Benchmark, BenchmarkCategory("Misses")]
        public int FrozenDictionaryMisses() => Count(_frozen, _misses);

        [Benchmark, BenchmarkCategory("Misses")]
        public int GlossaryTryExpandMisses() => CountGlossary(_misses);

        private static int Count(IReadOnlyDictionary<string, string> dictionary, string[] keys)
        {
            int found = 0;
            foreach (string key in keys)
            {
                if (dictionary.TryGetValue(key, out string? definition))
                {
                    found += definition.Length;
                }
            }

            return found;
        }

        private static int CountGlossary(string[] keys)
        {
            int found = 0;
            foreach (string key in keys)
            {
                if (Glossary.TryExpand(key, out string? definition))
                {
                    found += definition.Length;
                }
            }

            return found;
        }
    }
}
