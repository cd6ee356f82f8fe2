using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Matching;
using GlossaryGen.Model;
using GlossaryGen.Reading;
using GlossaryGen.Tests.Infrastructure;
using Xunit;
using static GlossaryGen.Tests.Building.IndexFixture;

namespace GlossaryGen.Tests.Emitting
{
    /// <summary>
    /// The lookup hash table finds exactly the index's keys, after the same normalization as
    /// <c>GlossaryKey.Normalize</c> and <c>RemoveQuotes</c>, however the keys collide on length and characters.
    /// Both builds of the lookup are tested: the runtime's net8.0 build, and the generator's netstandard2.0 copy of the
    /// same source, which runs the path a .NET Framework consumer runs (no word-wise comparison).
    /// </summary>
    public class KeyTableTests
    {
        private const string Pool = "一二三四五六零十代好路'\\\"“”‘’「」×+1 a\u200B𠀀";

        /// <summary>The runtime's build (net8.0 here).</summary>
        private const string Net8 = "net8.0";

        /// <summary>The generator's copy, compiled for netstandard2.0.</summary>
        private const string NetStandard = "netstandard2.0";

        [Theory]
        [InlineData(1, Net8)]
        [InlineData(7, Net8)]
        [InlineData(600, Net8)]
        [InlineData(5000, Net8)]
        [InlineData(7, NetStandard)]
        [InlineData(600, NetStandard)]
        public void Every_key_finds_its_entry_and_every_other_argument_finds_what_normalizing_it_finds(int keyCount, string build)
        {
            Func<string?, string, string, int> indexOf = IndexOf(build);
            var random = new Random(keyCount);
            var keys = new SortedDictionary<string, int>(StringComparer.Ordinal);
            while (keys.Count < keyCount)
            {
                string key = RandomText(random, 1, 7);
                if (key == GlossaryKey.Normalize(key) && key.Length > 0)
                {
                    keys[key] = random.Next(0, 70000);
                }
            }

            KeyTable table = KeyTableBuilder.Build(keys.Select(k => new LookupKey(k.Key, k.Value)).ToList())!;

            foreach (KeyValuePair<string, int> key in keys)
            {
                Assert.Equal(key.Value, indexOf(key.Key, table.Table, table.KeyText));
                Assert.Equal(Expected(keys, " “" + key.Key + "” "), indexOf(" “" + key.Key + "” ", table.Table, table.KeyText));
            }

            for (int i = 0; i < 5000; i++)
            {
                string probe = RandomText(random, 0, 8);
                Assert.Equal(Expected(keys, probe), indexOf(probe, table.Table, table.KeyText));
            }

            Assert.Equal(-1, indexOf(null, table.Table, table.KeyText));
        }

        [Theory]
        [InlineData(Net8)]
        [InlineData(NetStandard)]
        public void Lookups_do_not_allocate_for_plain_padded_or_quoted_arguments(string build)
        {
            Func<string?, string, string, int> indexOf = IndexOf(build);
            var keys = new[] { new LookupKey("六零", 0), new LookupKey("工业一主一特", 1), new LookupKey("工业“一主一特”", 1) };
            KeyTable table = KeyTableBuilder.Build(keys)!;
            string[] arguments = { "六零", "  六零 ", "“六零”", "「六零」", "工业\"一主一特\"", "未知", " “未知” " };
            foreach (string argument in arguments)
            {
                indexOf(argument, table.Table, table.KeyText);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            int found = 0;
            foreach (string argument in arguments)
            {
                found += indexOf(argument, table.Table, table.KeyText) >= 0 ? 1 : 0;
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(5, found);
        }

        [Theory]
        [InlineData(Net8)]
        [InlineData(NetStandard)]
        public void A_table_of_another_layout_is_refused_rather_than_misread(string build)
        {
            KeyTable table = KeyTableBuilder.Build(new[] { new LookupKey("六零", 0) })!;
            string older = (char)(table.Version - 1) + table.Table.Substring(1);

            var error = Assert.Throws<InvalidOperationException>(() => IndexOf(build)("六零", older, table.KeyText));
            Assert.Contains("GlossaryGen.Runtime", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_generated_class_looks_every_key_up()
        {
            string[] headings = { "六零", "三送三解三优", "工业“一主一特”", "“2614”工作法", "RCEP" };
            ParsedFile file = File("/p/a.glossary.txt", headings.Select((h, i) => Entry(h, "定义" + i, i + 1)).ToArray());
            Dictionary<string, string> sources = Sources(DefaultOptions, new[] { file });
            var (compilation, problems) = SourceCompiler.Compile(sources);
            Assert.Empty(problems);
            Type glossary = SourceCompiler.Load(compilation, "Consumer.Glossary");

            GlossaryIndex index = Build(file).Index!;
            foreach (LookupKey key in index.Keys)
            {
                Assert.Equal(key.EntryIndex, SourceCompiler.Call(glossary, "IndexOf", new[] { typeof(string) }, key.Key));
                Assert.Equal("定义" + key.EntryIndex, SourceCompiler.Call(glossary, "Expand", new[] { typeof(string) }, key.Key));
            }

            Assert.Equal(-1, SourceCompiler.Call(glossary, "IndexOf", new[] { typeof(string) }, "六"));
        }

        private static Func<string?, string, string, int> IndexOf(string build)
            => build == NetStandard ? GlossaryGen.Matching.GlossaryKeyTable.IndexOf : global::GlossaryGen.GlossaryKeyTable.IndexOf;

        private static int Expected(IDictionary<string, int> keys, string probe)
        {
            string key = GlossaryKey.Normalize(probe);
            if (keys.TryGetValue(key, out int index))
            {
                return index;
            }

            string unquoted = GlossaryKey.RemoveQuotes(key);
            return unquoted != key && keys.TryGetValue(unquoted, out index) ? index : -1;
        }

        private static string RandomText(Random random, int minLength, int maxLength)
        {
            while (true)
            {
                string text = new string(Enumerable.Range(0, random.Next(minLength, maxLength)).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
                if (text.Length == 0 || (!char.IsSurrogate(text[0]) && !char.IsSurrogate(text[text.Length - 1])))
                {
                    return text;
                }
            }
        }
    }
}
