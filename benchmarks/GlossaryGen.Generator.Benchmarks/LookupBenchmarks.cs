using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// <c>TryExpand</c> of the generated class at 500, 2,000 and 10,000 terms against a
    /// <c>FrozenDictionary&lt;string,string&gt;</c> (ordinal) holding the same keys. The dictionary gets the keys
    /// exactly; <c>TryExpand</c> also normalizes its argument (white space, quote marks). <c>TryExpand</c> is called
    /// the way an application calls it: by a loop compiled into the glossary's own assembly
    /// (<see cref="CompiledGlossary.ConsumerType"/>), so its call site is a consumer's, inlining included; the
    /// dictionary by the same loop here. Every argument is a fresh string instance, as an application's usually is
    /// (read from input, cut from a text): the dictionary cannot stop at reference equality with its own key and
    /// compares characters, as <c>TryExpand</c> always does. Each operation looks up <see cref="Lookups"/>
    /// arguments; the reported time per operation divided by it is the time per lookup.
    /// </summary>
    [MemoryDiagnoser]
    public class LookupBenchmarks
    {
        public const int Lookups = 1000;

        private Func<string[], int> _consumerLoop = null!;
        private FrozenDictionary<string, string> _frozen = null!;
        private string[] _hits = Array.Empty<string>();
        private string[] _misses = Array.Empty<string>();
        private string[] _padded = Array.Empty<string>();

        public delegate bool TryExpand(string? term, out string? definition);

        [Params(500, 2000, 10000)]
        public int Terms { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            Type glossary = new CompiledGlossary(Terms).Load();
            var tryExpand = glossary.GetMethod("TryExpand")!.CreateDelegate<TryExpand>();
            _consumerLoop = glossary.Assembly.GetType(CompiledGlossary.ConsumerType, throwOnError: true)!
                .GetMethod("SumDefinitionLengths")!.CreateDelegate<Func<string[], int>>();
            string[] keys = CompiledGlossary.Keys(glossary);
            _frozen = keys.ToFrozenDictionary(key => key, key => tryExpand(key, out string? definition) ? definition! : throw new InvalidOperationException(key), StringComparer.Ordinal);
            var random = new Random(Terms);
            _hits = Enumerable.Range(0, Lookups).Select(_ => new string(keys[random.Next(keys.Length)].AsSpan())).ToArray();
            _misses = _hits.Select(key => key.Substring(0, key.Length - 1) + "鑫").ToArray();
            _padded = _hits.Select(key => " “" + key + "” ").ToArray();
            if (_misses.Any(miss => _frozen.ContainsKey(miss) || tryExpand(miss, out _)) || _padded.Any(p => !tryExpand(p, out _))
                || CountGlossary(_hits) != Count(_hits) || CountGlossary(_padded) != Count(_hits))
            {
                throw new InvalidOperationException("a miss is found, a padded key is not, or the two ways disagree");
            }

            // The class was just compiled: run every path until the JIT has replaced its first, unoptimized code
            // (tiering promotes methods in the background after a delay), so the first benchmark is not charged for it.
            for (int round = 0; round < 20; round++)
            {
                CountGlossary(_hits);
                CountGlossary(_misses);
                CountGlossary(_padded);
                Count(_hits);
                Count(_misses);
                System.Threading.Thread.Sleep(50);
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Lookups), BenchmarkCategory("Hits")]
        public int FrozenDictionaryHits() => Count(_hits);

        [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory("Hits")]
        public int TryExpandHits() => CountGlossary(_hits);

        [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory("Misses")]
        public int FrozenDictionaryMisses() => Count(_misses);

        [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory("Misses")]
        public int TryExpandMisses() => CountGlossary(_misses);

        [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory("Padded")]
        public int TryExpandPaddedAndQuotedHits() => CountGlossary(_padded);

        /// <summary>
        /// A quick check without BenchmarkDotNet (<c>--time-lookups N</c>): each way of looking up, timed over a million
        /// lookups, in 25 interleaved rounds, by the thread's CPU clock (Linux; elsewhere a stopwatch). On a machine shared
        /// with other jobs a stopwatch counts the time the process waited for a core; the thread's CPU time does not, so
        /// the fastest round by CPU time is the figure to read; the median is printed beside it.
        /// </summary>
        public static void TimeWithStopwatch(int terms)
        {
            var benchmark = new LookupBenchmarks { Terms = terms };
            benchmark.Setup();
            var ways = new (string Name, Func<int> Run)[]
            {
                ("FrozenDictionary hits", benchmark.FrozenDictionaryHits),
                ("TryExpand hits", benchmark.TryExpandHits),
                ("FrozenDictionary misses", benchmark.FrozenDictionaryMisses),
                ("TryExpand misses", benchmark.TryExpandMisses),
                ("TryExpand padded and quoted hits", benchmark.TryExpandPaddedAndQuotedHits),
            };
            var times = ways.Select(_ => new List<double>()).ToArray();
            for (int round = 0; round < 25; round++)
            {
                for (int way = 0; way < ways.Length; way++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    ThreadUsage before = ThreadUsage.Now();
                    for (int i = 0; i < 1000; i++)
                    {
                        ways[way].Run();
                    }

                    double cpu = (ThreadUsage.Now() - before).CpuMilliseconds;
                    times[way].Add(cpu > 0 ? cpu : watch.Elapsed.TotalMilliseconds);
                }
            }

            for (int way = 0; way < ways.Length; way++)
            {
                List<double> sorted = times[way].OrderBy(t => t).ToList();
                Console.WriteLine($"{terms} terms, {ways[way].Name}: fastest {sorted[0]:F1} ns, median {sorted[sorted.Count / 2]:F1} ns per lookup");
            }
        }

        private int Count(string[] keys)
        {
            int found = 0;
            foreach (string key in keys)
            {
                if (_frozen.TryGetValue(key, out string? definition))
                {
                    found += definition.Length;
                }
            }

            return found;
        }

        private int CountGlossary(string[] keys) => _consumerLoop(keys);
    }
}
