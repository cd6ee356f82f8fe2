using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GlossaryGen.Analyzers;
using GlossaryGen.Tests.Infrastructure;
using Xunit;

namespace GlossaryGen.Tests.Analyzers
{
    /// <summary>The index round-trips through its text, and finds exactly what the compiled lookup finds.</summary>
    public class LookupIndexTests
    {
        [Fact]
        public void Any_text_round_trips()
        {
            var index = new LookupIndex(
                "Terms",
                "Definitions_",
                ImmutableArray.Create(new IndexedEntry("_12", "1:2"), new IndexedEntry("@class", "\n\"\\"), new IndexedEntry("Entry3", string.Empty)),
                new[] { new KeyValuePair<string, int>("1:2", 0), new KeyValuePair<string, int>("9:", 2), new KeyValuePair<string, int>("“x”", 1) });

            LookupIndex? decoded = LookupIndexFormat.Decode(LookupIndexFormat.Encode(index));

            Assert.NotNull(decoded);
            Assert.Equal("Terms", decoded!.TermsContainer);
            Assert.Equal("Definitions_", decoded.DefinitionsContainer);
            Assert.Equal(index.Entries.Select(e => (e.Identifier, e.Term)), decoded.Entries.Select(e => (e.Identifier, e.Term)));
            Assert.Equal(index.Keys, decoded.Keys);
            Assert.Equal(LookupIndexFormat.Encode(index), LookupIndexFormat.Encode(decoded));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("4:GGI95:Terms11:Definitions1:01:0")]
        [InlineData("4:GGI15:Terms11:Definitions1:11:x")]
        [InlineData("4:GGI15:Terms11:Definitions1:11:x1:y1:11:k1:5")]
        [InlineData("4:GGI15:Terms11:Definitions1:01:0trailing")]
        [InlineData("4:GGI15:Terms11:Definitions999999999:0")]
        public void Unknown_versions_and_malformed_texts_decode_to_nothing(string? text)
            => Assert.Null(LookupIndexFormat.Decode(text));

        /// <summary>
        /// The seed glossaries through the real generator: for every key, every heading and term, and the forms the
        /// lookup rules accept or almost accept, the index read back from the compiled class's attribute finds the
        /// entry the compiled IndexOf finds.
        /// </summary>
        [Fact]
        public void The_index_finds_what_the_generated_lookup_finds()
        {
            GeneratorRun run = GeneratorHarness.Run(Seeds.GlossaryFiles(), "namespace Consumer { }", options: Seeds.Options());
            var assembly = new GeneratedAssembly(run.OutputCompilation, "Consumer.Glossary");
            LookupIndex index = LookupIndexFormat.Decode(assembly.Index)!;
            Assert.NotNull(index);

            var probes = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string text in index.Keys.Select(k => k.Key).Concat(index.Entries.Select(e => e.Term)).Concat(assembly.All.Select(e => e.Heading)))
            {
                probes.UnionWith(new[]
                {
                    text, " " + text + "\t", "“" + text + "”", "「" + text + "」", "\"" + text + "\"", "'" + text + "'", "“" + text,
                    text.Replace('“', '"').Replace('”', '"'), text.Replace('“', '「').Replace('”', '」'),
                    text.Substring(1), text.Substring(0, text.Length - 1), text + "。",
                });
            }

            Assert.True(probes.Count > 500, probes.Count + " probes");
            foreach (string probe in probes)
            {
                Assert.True(assembly.IndexOf(probe) == index.IndexOf(probe), "'" + probe + "'");
            }
        }

        [Fact]
        public void Closest_terms_are_the_ones_the_run_time_exception_names()
        {
            GeneratorRun run = GeneratorHarness.Run(Seeds.GlossaryFiles(), "namespace Consumer { }", options: Seeds.Options());
            var assembly = new GeneratedAssembly(run.OutputCompilation, "Consumer.Glossary");
            LookupIndex index = LookupIndexFormat.Decode(assembly.Index)!;

            foreach (string typo in new[] { "六霖", "三送三解", "四好农村", "工业一主" })
            {
                var exception = Assert.Throws<KeyNotFoundException>(() => assembly.Expand(typo));
                string expected = string.Join(", ", index.Closest(typo).Select(t => "'" + t + "'"));
                Assert.NotEmpty(index.Closest(typo));
                Assert.EndsWith("Closest terms: " + expected + ".", exception.Message);
            }
        }
    }
}
