using System;
using System.IO;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;

namespace GlossaryGen.Tests.Parsing
{
    /// <summary>Helpers shared by the parser tests.</summary>
    internal static class ParserTestSupport
    {
        public static string ReadReport(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", fileName));

        public static ParsedGlossary Parse(string text, string fileName = "test.glossary.txt") => GlossaryParser.Parse(text, fileName);

        /// <summary>Parses text whose lines are given separately, joined with '\n'.</summary>
        public static ParsedGlossary ParseLines(params string[] lines) => Parse(string.Join("\n", lines));

        public static ParsedEntry Single(ParsedGlossary glossary, string term)
            => Assert.Single(glossary.Entries, e => e.Term == term);

        public static string[] Ids(ParsedGlossary glossary) => glossary.Diagnostics.Select(d => d.Id).ToArray();

        /// <summary>Checks a range against the text independently of the parser's line splitting.</summary>
        public static void AssertRangeMatches(string text, TextRange range, string expected)
        {
            Assert.Equal(expected, text.Substring(range.Start, range.Length));
            int lineStart = 0;
            int line = 0;
            for (int i = 0; i < range.Start; i++)
            {
                char c = text[i];
                bool crlf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
                if (crlf)
                {
                    continue;
                }

                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            Assert.Equal(line, range.StartLine);
            Assert.Equal(range.Start - lineStart, range.StartColumn);
            if (expected.IndexOfAny(new[] { '\n', '\r' }) < 0)
            {
                Assert.Equal(range.StartLine, range.EndLine);
                Assert.Equal(range.StartColumn + range.Length, range.EndColumn);
            }
        }
    }
}
