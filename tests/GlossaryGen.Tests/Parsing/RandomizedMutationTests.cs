using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;
using Xunit.Abstractions;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    /// <summary>
    /// Mutates the seed glossaries thousands of times (seeded, so every run is the same) and checks that the
    /// parser never throws, stays deterministic, keeps its ranges inside the text, and accounts for every
    /// non-blank line of the glossary section.
    /// </summary>
    public class RandomizedMutationTests
    {
        private const int Iterations = 8000;

        private static readonly string[] Hostile =
        {
            "\"", "\\", "*/", "/*", "</summary>", "<summary>", "&", "&amp;", "&ldquo;", "&#0;", "&#xD800;", "<script>alert(1)</script>",
            "#if DEBUG", "#endregion", "class", "namespace", "@", "123", "4×4", "！？。，", "：", ":", "“", "”", "‘", "」",
            "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u2069", "\u202A",
            "\r", "\n", "\u2028", "\u0085", "\t", "\u3000", "[bookmark: _GoBack]", "[bookmark: ", "**", "## ", "[19]", "19.", "（3）",
            "名词解释", "名 词 解 释", "扫一扫在手机打开当前页", "附件3", "牵头单位：市人社局", "| a | b |", "- 12 -", "①", "{0}", "{", "}", "'",
        };

        private readonly ITestOutputHelper _output;

        public RandomizedMutationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Mutated_seed_glossaries_never_crash_the_parser_and_every_line_is_accounted_for()
        {
            string[][] seeds =
            {
                SplitSeed(ReadReport("yiyang-2024.txt")),
                SplitSeed(ReadReport("lingling-2024.txt")),
            };
            var random = new Random(20241123);
            var stopwatch = Stopwatch.StartNew();
            var idsSeen = new SortedSet<string>(StringComparer.Ordinal);
            int entries = 0;

            for (int iteration = 0; iteration < Iterations; iteration++)
            {
                List<string> lines = seeds[iteration % seeds.Length].ToList();
                int mutations = 1 + random.Next(6);
                for (int m = 0; m < mutations; m++)
                {
                    Mutate(lines, random);
                }

                string lineEnding = random.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
                string text = (random.Next(8) == 0 ? "\uFEFF" : string.Empty) + string.Join(lineEnding, lines);

                ParsedGlossary glossary;
                try
                {
                    glossary = GlossaryParser.Parse(text, "mutated.glossary.txt");
                }
                catch (Exception exception)
                {
                    throw new Xunit.Sdk.XunitException("Iteration " + iteration + " threw " + exception + "\nInput:\n" + Escape(text));
                }

                AssertConsistent(text, glossary, iteration);
                if (iteration % 50 == 0)
                {
                    Assert.Equal(glossary, GlossaryParser.Parse(text, "mutated.glossary.txt"));
                }

                entries += glossary.Entries.Count;
                foreach (ParseDiagnostic diagnostic in glossary.Diagnostics)
                {
                    idsSeen.Add(diagnostic.Id);
                }
            }

            _output.WriteLine(Iterations + " mutated inputs, " + entries + " entries, diagnostics " + string.Join(" ", idsSeen) + ", " + stopwatch.ElapsedMilliseconds + " ms");

            // The mutations must actually reach the interesting paths, or this test proves little.
            Assert.Subset(idsSeen, new SortedSet<string>(new[] { "GG0005", "GG0101", "GG0103", "GG0104", "GG0106", "GG0108", "GG0110", "GG0111" }));
        }

        private static void AssertConsistent(string text, ParsedGlossary glossary, int iteration)
        {
            List<(int Start, int Length)> lines = SplitLines(text);
            bool fileLevel = glossary.Diagnostics.Any(d => d.Id == "GG0002" || d.Id == "GG0003" || (d.Id == "GG0004" && d.Range == TextRange.FileStart));
            if (fileLevel)
            {
                Assert.Empty(glossary.Entries);
            }

            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (ParsedEntry entry in glossary.Entries)
            {
                Check(!(string.IsNullOrWhiteSpace(entry.Term)), () => Context(iteration, "empty term", text));
                Check(!(string.IsNullOrEmpty(entry.Definition)), () => Context(iteration, "empty definition of " + entry.Term, text));
                Check(terms.Add(entry.Term), () => Context(iteration, "duplicate term " + entry.Term, text));
                Assert.Equal(GlossaryKey.RemoveQuotes(entry.Heading).Trim(), entry.Term);
                Check(entry.EndLine >= entry.Line, () => Context(iteration, "EndLine before Line", text));
                AssertInside(text, lines, entry.HeadingRange, iteration);
            }

            int previousStart = -1;
            foreach (ParseDiagnostic diagnostic in glossary.Diagnostics)
            {
                AssertInside(text, lines, diagnostic.Range, iteration);
                Check(diagnostic.Range.Start >= previousStart, () => Context(iteration, "diagnostics out of order", text));
                previousStart = diagnostic.Range.Start;
            }

            if (fileLevel)
            {
                return;
            }

            for (int index = glossary.SectionStartLine; index < lines.Count; index++)
            {
                string line = text.Substring(lines[index].Start, lines[index].Length);
                if (IsBlank(line))
                {
                    continue;
                }

                int lineNumber = index + 1;
                bool covered = glossary.Entries.Any(e => e.Line <= lineNumber && lineNumber <= e.EndLine)
                    || glossary.Diagnostics.Any(d => d.Range.StartLine <= index && index <= d.Range.EndLine);
                Check(covered, () => Context(iteration, "line " + lineNumber + " is not accounted for: " + Escape(line), text));
            }
        }

        private static void AssertInside(string text, List<(int Start, int Length)> lines, TextRange range, int iteration)
        {
            Check(range.Start >= 0 && range.Length >= 0 && range.Start + range.Length <= text.Length, () => Context(iteration, "range outside the text: " + range, text));
            if (range == TextRange.FileStart)
            {
                return;
            }

            Check(range.StartLine < lines.Count && range.EndLine < lines.Count, () => Context(iteration, "line outside the text: " + range, text));
            Assert.Equal(lines[range.StartLine].Start + range.StartColumn, range.Start);
            Assert.Equal(lines[range.EndLine].Start + range.EndColumn, range.Start + range.Length);
        }

        private static void Mutate(List<string> lines, Random random)
        {
            if (lines.Count == 0)
            {
                lines.Add(Hostile[random.Next(Hostile.Length)]);
                return;
            }

            int at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0: // cut a run of lines
                    lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + random.Next(20)));
                    break;
                case 1: // duplicate a line somewhere else
                    lines.Insert(random.Next(lines.Count + 1), lines[at]);
                    break;
                case 2: // shuffle a window
                    int length = Math.Min(lines.Count - at, 2 + random.Next(10));
                    List<string> window = lines.GetRange(at, length).OrderBy(_ => random.Next()).ToList();
                    lines.RemoveRange(at, length);
                    lines.InsertRange(at, window);
                    break;
                case 3: // corrupt characters of a line
                    char[] chars = lines[at].ToCharArray();
                    for (int i = 0; i < 1 + random.Next(4) && chars.Length > 0; i++)
                    {
                        string hostile = Hostile[random.Next(Hostile.Length)];
                        chars[random.Next(chars.Length)] = hostile[random.Next(hostile.Length)];
                    }

                    lines[at] = new string(chars);
                    break;
                case 4: // insert a hostile string into a line
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Hostile[random.Next(Hostile.Length)]);
                    break;
                case 5: // insert a hostile line, sometimes shaped like an entry
                    string term = Hostile[random.Next(Hostile.Length)];
                    lines.Insert(at, random.Next(2) == 0 ? term : "[" + random.Next(30) + "]" + term + "：" + Hostile[random.Next(Hostile.Length)]);
                    break;
                case 6: // truncate a line
                    lines[at] = lines[at].Substring(0, random.Next(lines[at].Length + 1));
                    break;
                case 7: // join a line to the next
                    if (at + 1 < lines.Count)
                    {
                        lines[at] += lines[at + 1];
                        lines.RemoveAt(at + 1);
                    }

                    break;
                default: // split a line
                    int cut = random.Next(lines[at].Length + 1);
                    string rest = lines[at].Substring(cut);
                    lines[at] = lines[at].Substring(0, cut);
                    lines.Insert(at + 1, rest);
                    break;
            }
        }

        private static string[] SplitSeed(string text) => text.Replace("\r\n", "\n").Split('\n');

        /// <summary>Splits lines the way Roslyn does, independently of the parser's own splitter.</summary>
        private static List<(int Start, int Length)> SplitLines(string text)
        {
            var lines = new List<(int, int)>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '\r' && c != '\n' && c != '\u0085' && c != '\u2028' && c != '\u2029')
                {
                    continue;
                }

                lines.Add((start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }

            lines.Add((start, text.Length - start));
            return lines;
        }

        private static bool IsBlank(string line) => line.All(c => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B' || c == '\u2060');

        /// <summary>Builds the failure message only on failure: it quotes the whole input.</summary>
        private static void Check(bool condition, Func<string> message)
        {
            if (!condition)
            {
                throw new Xunit.Sdk.XunitException(message());
            }
        }

        private static string Context(int iteration, string problem, string text) => "Iteration " + iteration + ": " + problem + "\nInput:\n" + Escape(text);

        private static string Escape(string text)
        {
            var builder = new System.Text.StringBuilder();
            foreach (char c in text.Length > 4000 ? text.Substring(text.Length - 4000) : text)
            {
                builder.Append(c == '\n' || (c >= ' ' && !char.IsSurrogate(c) && c != '\u202E' && c != '\u2066') ? c.ToString() : "\\u" + ((int)c).ToString("X4"));
            }

            return builder.ToString();
        }
    }
}
