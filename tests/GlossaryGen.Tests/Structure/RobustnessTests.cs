using System;
using System.Linq;
using System.Text;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>
    /// The analysis runs inside a compiler: any input gives an answer and the same answer every time. The analyzer
    /// catches nothing itself, so any exception fails these tests (in a build it would be GG9999 at the entry).
    /// Speed is measured in the benchmarks, not here.
    /// </summary>
    public class RobustnessTests
    {
        [Theory]
        [InlineData("", "")]
        [InlineData("六零", "")]
        [InlineData("", "甲、乙")]
        [InlineData("六零", "。；，、")]
        [InlineData("六零", "“““““")]
        [InlineData("六零", "”）》』】")]
        [InlineData("六零\0", "零门槛\0、零跑腿")]
        [InlineData("\ud800六零", "零门槛、\udc00零跑腿")]
        [InlineData("+", "+")]
        [InlineData("×4", "甲")]
        [InlineData("4×", "甲")]
        [InlineData("99999999999999999999", "甲、乙")]
        [InlineData("N+X", "甲、乙")]
        [InlineData("“”：", "“”：；“”：")]
        public void Odd_input_gives_an_answer_without_throwing(string term, string definition)
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(term, definition);

            Assert.Equal(structure, EntryStructureAnalyzer.Analyze(term, definition));
        }

        [Fact]
        public void Null_input_gives_no_structure()
        {
            Assert.Equal(EntryStructure.None, EntryStructureAnalyzer.Analyze(null!, null!));
        }

        [Fact]
        public void A_definition_of_100000_characters_is_read()
        {
            var definition = new StringBuilder();
            while (definition.Length < 100_000)
            {
                definition.Append("代育秧和代翻耕“代（机）插”、");
            }

            EntryStructure structure = EntryStructureAnalyzer.Analyze("十代", definition.ToString());

            Assert.Equal(new CountMismatch("10 items", "6667 items"), structure.Mismatch);
        }

        [Fact]
        public void Deep_nesting_and_many_conjunctions_give_an_answer()
        {
            string nested = new string('“', 50_000) + "甲、乙" + new string('”', 50_000);
            string conjunctions = string.Concat(Enumerable.Repeat("甲乙和丙丁", 20_000));

            Assert.Empty(EntryStructureAnalyzer.Analyze("三送三解三优", nested).Groups);
            Assert.Null(EntryStructureAnalyzer.Analyze("三线一单", conjunctions).Mismatch);
        }

        [Fact]
        public void Random_text_never_throws_and_the_result_is_deterministic()
        {
            const string alphabet = "一二两三四五六七八九十百千零代送解优“”‘’（）()《》【】、，；。：:和及以及与等N+X×0123456789\0\ud800";
            var random = new Random(4);
            for (int i = 0; i < 2000; i++)
            {
                string term = RandomText(random, alphabet, 8);
                string definition = RandomText(random, alphabet, 60);

                EntryStructure first = EntryStructureAnalyzer.Analyze(term, definition);
                EntryStructure second = EntryStructureAnalyzer.Analyze(term, definition);

                Assert.Equal(first, second);
            }
        }

        [Fact]
        public void Mutated_corpus_entries_never_throw()
        {
            var random = new Random(401);
            foreach (CorpusRow row in NumericAbbreviationCorpus.Load())
            {
                for (int i = 0; i < 20; i++)
                {
                    EntryStructureAnalyzer.Analyze(Mutate(random, row.Term), Mutate(random, row.Definition));
                }
            }
        }

        // Deletes, duplicates or swaps a few characters, so the input stays close to real glossary text.
        private static string Mutate(Random random, string text)
        {
            var builder = new StringBuilder(text);
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && builder.Length > 0; e++)
            {
                int at = random.Next(builder.Length);
                switch (random.Next(3))
                {
                    case 0:
                        builder.Remove(at, 1);
                        break;
                    case 1:
                        builder.Insert(at, builder[random.Next(builder.Length)]);
                        break;
                    default:
                        int other = random.Next(builder.Length);
                        (builder[at], builder[other]) = (builder[other], builder[at]);
                        break;
                }
            }

            return builder.ToString();
        }

        private static string RandomText(Random random, string alphabet, int maxLength)
        {
            var text = new char[random.Next(maxLength + 1)];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(text);
        }
    }
}
