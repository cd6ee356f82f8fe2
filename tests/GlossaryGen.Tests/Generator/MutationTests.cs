using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    /// <summary>
    /// Mutates the seed glossaries at random (seeded, so a failure reproduces) and checks, through the
    /// whole generator and the compiler, that no input crashes the generator or breaks its output.
    /// The parser's own, much larger mutation test is in Parsing/.
    /// </summary>
    public class MutationTests
    {
        private static readonly string[] Hostile =
        {
            "\"", "\\", "*/", "/*", "</summary>", "&", "<script>", "#if DEBUG", "class", "123", "……", "\0", "\uD800", "\uDC00",
            "\u200B", "\u202E", "\u2066", "\u2028", "{", "}", "@", "：", "[1]", "“", "”", "名词解释", "\r", "\t",
        };

        public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 8).Select(seed => new object[] { seed });

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Mutated_glossaries_never_crash_the_generator_or_break_its_output(int seed)
        {
            var random = new Random(seed);
            string[] yiyang = Infrastructure.Seeds.Text(Infrastructure.Seeds.Yiyang).Split('\n');
            string[] lingling = Infrastructure.Seeds.Text(Infrastructure.Seeds.Lingling).Split('\n');
            for (int iteration = 0; iteration < 12; iteration++)
            {
                var files = new AdditionalText[]
                {
                    new InMemoryAdditionalText("/p/yiyang.glossary.txt", Mutate(yiyang, random)),
                    new InMemoryAdditionalText("/p/lingling.glossary.txt", Mutate(lingling, random)),
                };

                GeneratorRun run = GeneratorHarness.Run(files);

                string context = $"seed {seed}, iteration {iteration}";
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785" || d.Id == "GG9999");
                Assert.True(run.CompilationProblems.IsEmpty, context + ": " + string.Join("\n", run.CompilationProblems));
                foreach (string source in run.Sources.Values)
                {
                    Assert.DoesNotContain(source, c => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
                }
            }
        }

        private static string Mutate(string[] original, Random random)
        {
            var lines = new List<string>(original);
            int mutations = random.Next(1, 12);
            for (int i = 0; i < mutations && lines.Count > 0; i++)
            {
                int at = random.Next(lines.Count);
                switch (random.Next(7))
                {
                    case 0:
                        lines.RemoveAt(at);
                        break;
                    case 1:
                        lines.Insert(at, lines[random.Next(lines.Count)]);
                        break;
                    case 2:
                        int other = random.Next(lines.Count);
                        (lines[at], lines[other]) = (lines[other], lines[at]);
                        break;
                    case 3:
                        lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Hostile[random.Next(Hostile.Length)]);
                        break;
                    case 4:
                        lines[at] = lines[at].Substring(0, random.Next(lines[at].Length + 1));
                        break;
                    case 5:
                        char[] chars = lines[at].ToCharArray();
                        if (chars.Length > 0)
                        {
                            chars[random.Next(chars.Length)] = (char)random.Next(0, 0xFFFF);
                        }

                        lines[at] = new string(chars);
                        break;
                    default:
                        lines.Insert(at, Hostile[random.Next(Hostile.Length)] + "：" + Hostile[random.Next(Hostile.Length)]);
                        break;
                }
            }

            return string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
        }
    }
}
