using System.Diagnostics;
using System.Linq;
using System.Text;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;
using Xunit.Abstractions;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class LimitsTests
    {
        /// <summary>Generous for a loaded 2-core CI machine; measured locally well below (see the test output).</summary>
        private const int MaxMilliseconds = 15_000;

        private readonly ITestOutputHelper _output;

        public LimitsTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void A_10_MB_glossary_of_100000_entries_is_read_whole_in_bounded_time()
        {
            string text = NumberedGlossary(ParserLimits.MaxEntries, definitionLength: 30);
            Assert.True(Encoding.UTF8.GetByteCount(text) >= 10_000_000);

            var stopwatch = Stopwatch.StartNew();
            ParsedGlossary glossary = Parse(text);
            stopwatch.Stop();
            _output.WriteLine(text.Length + " characters, " + Encoding.UTF8.GetByteCount(text) + " bytes, " + glossary.Entries.Count + " entries: " + stopwatch.ElapsedMilliseconds + " ms");

            Assert.Equal(ParserLimits.MaxEntries, glossary.Entries.Count);
            Assert.Empty(glossary.Diagnostics);
            Assert.True(stopwatch.ElapsedMilliseconds < MaxMilliseconds);
        }

        [Fact]
        public void Entries_over_the_limit_are_reported_from_the_first_one_to_the_end()
        {
            string text = NumberedGlossary(ParserLimits.MaxEntries + 2, definitionLength: 4);

            ParsedGlossary glossary = Parse(text);

            Assert.Equal(ParserLimits.MaxEntries, glossary.Entries.Count);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0004", diagnostic.Id);
            Assert.Equal("100,000 entries", diagnostic.Arguments[1]);
            Assert.Equal("the entries from line 100002 on were not read", diagnostic.Arguments[2]);
            // The range runs to the last line of the file, the empty one after the final line break.
            Assert.Equal((100_001, 100_003), (diagnostic.Range.StartLine, diagnostic.Range.EndLine));
        }

        [Fact]
        public void One_10_MB_line_is_read_in_bounded_time()
        {
            string text = "名词解释\n1.六零：" + new string('释', 10_000_000);

            var stopwatch = Stopwatch.StartNew();
            ParsedGlossary glossary = Parse(text);
            stopwatch.Stop();
            _output.WriteLine("one line of " + text.Length + " characters: " + stopwatch.ElapsedMilliseconds + " ms");

            Assert.Equal(ParserLimits.MaxDefinitionLength, Assert.Single(glossary.Entries).Definition.Length);
            Assert.Equal(new[] { "GG0004" }, Ids(glossary));
            Assert.True(stopwatch.ElapsedMilliseconds < MaxMilliseconds);
        }

        [Fact]
        public void A_10_MB_body_full_of_markers_is_checked_in_bounded_time()
        {
            var builder = new StringBuilder();
            for (int i = 0; i < 200_000; i++)
            {
                builder.Append("推进“六零”[1]和“七办”[2]以及“八办”[3]的各项工作。\n");
            }

            builder.Append("名词解释\n[1]六零：零门槛。\n[2]七办：一窗通办。\n");
            var stopwatch = Stopwatch.StartNew();
            ParsedGlossary glossary = Parse(builder.ToString());
            stopwatch.Stop();
            _output.WriteLine("body of " + builder.Length + " characters: " + stopwatch.ElapsedMilliseconds + " ms");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal(ParserLimits.MaxDiagnostics + 1, glossary.Diagnostics.Count);
            Assert.True(stopwatch.ElapsedMilliseconds < MaxMilliseconds);
        }

        private static string NumberedGlossary(int count, int definitionLength)
        {
            var builder = new StringBuilder("名词解释\n");
            string definition = new string('释', definitionLength) + "。";
            for (int i = 1; i <= count; i++)
            {
                builder.Append('[').Append(i).Append("]术语").Append(i).Append('：').Append(definition).Append('\n');
            }

            return builder.ToString();
        }
    }
}
