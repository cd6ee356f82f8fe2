using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Emitting;
using GlossaryGen.Reading;
using GlossaryGen.Tests.Infrastructure;
using Xunit;
using static GlossaryGen.Tests.Building.IndexFixture;

namespace GlossaryGen.Tests.Emitting
{
    /// <summary>
    /// Past 64 chunks of 64 entries the position switches behind <c>Expand</c> and <c>Lookup</c> dispatch in two levels
    /// (groups of chunks, then chunks): entries on both sides of every boundary are still found.
    /// </summary>
    public class PositionSwitchTests
    {
        [Fact]
        public void Entries_past_one_group_of_chunks_are_found_on_both_sides_of_each_boundary()
        {
            const int group = MatcherEmitter.ChunkSize * MatcherEmitter.ChunkSize;
            int count = group + MatcherEmitter.ChunkSize + 3;
            ParsedFile file = File("/p/many.glossary.txt", Enumerable.Range(0, count).Select(i => Entry(Heading(i), "定义" + i, i + 1)).ToArray());
            Dictionary<string, string> sources = Sources(DefaultOptions, new[] { file });
            Assert.Contains("CreateDefinitionGroup1(int index)", sources[MatcherEmitter.HintName(DefaultOptions.Names)], StringComparison.Ordinal);
            var (compilation, problems) = SourceCompiler.Compile(sources);
            Assert.Empty(problems);
            Type glossary = SourceCompiler.Load(compilation, "Consumer.Glossary");

            foreach (int i in new[] { 0, MatcherEmitter.ChunkSize - 1, MatcherEmitter.ChunkSize, group - 1, group, group + MatcherEmitter.ChunkSize, count - 1 })
            {
                Assert.Equal("定义" + i, SourceCompiler.Call(glossary, "Expand", new[] { typeof(string) }, Heading(i)));
                var entry = (GlossaryEntry)SourceCompiler.Call(glossary, "Lookup", new[] { typeof(string) }, Heading(i))!;
                Assert.Equal(Heading(i), entry.Term);
            }
        }

        private static string Heading(int i) => "术语" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
    }
}
