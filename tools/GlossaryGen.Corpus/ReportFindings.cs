using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Corpus
{
    /// <summary>What a reviewer should look at in one report's result.</summary>
    internal sealed class ReportFindings
    {
        /// <summary>Longer terms are usually a sentence read as a heading.</summary>
        public const int LongTerm = 30;

        /// <summary>Longer definitions are usually an entry that swallowed what follows it.</summary>
        public const int LongDefinition = 800;

        public ReportFindings(ReportResult result)
        {
            Result = result;
            HeaderLikeLineNumber = LastHeaderLikeLine(result.Lines);
            int frontMatterEnd = FrontMatterEnd(result.Lines);
            Entries = result.Parsed.Entries.ToList();
            EmptyWithHeader = Entries.Count == 0 && HeaderLikeLineNumber > 0;
            BodyEntries = Entries.Where(e => e.Line <= frontMatterEnd || e.Line < HeaderLikeLineNumber).ToList();
            LongTerms = Entries.Where(e => e.Term.Length > LongTerm).ToList();
            LongDefinitions = Entries.Where(e => e.Definition.Length > LongDefinition).ToList();
            Skipped = result.Diagnostics.Where(d => d.Id == "GG0101").ToList();
        }

        public ReportResult Result { get; }

        public string Name => Result.Name;

        /// <summary>The 1-based line of the last line that looks like a glossary header to <see cref="HeaderLikeLine"/>; 0 when none.</summary>
        public int HeaderLikeLineNumber { get; }

        /// <summary>The 1-based line of the header the parser chose; 0 when it found none.</summary>
        public int ParserHeaderLine => Result.Parsed.SectionStartLine > 0 ? Result.Parsed.SectionStartLine : 0;

        public List<ParsedEntry> Entries { get; }

        public bool EmptyWithHeader { get; }

        public List<ParsedEntry> BodyEntries { get; }

        public List<ParsedEntry> LongTerms { get; }

        public List<ParsedEntry> LongDefinitions { get; }

        public List<RunDiagnostic> Skipped { get; }

        public int Count(DiagnosticSeverity severity) => Result.Diagnostics.Count(d => d.Severity == severity);

        /// <summary>The entry whose lines hold <paramref name="line"/>, for naming it beside a diagnostic.</summary>
        public ParsedEntry? EntryAt(int line)
            => Entries.LastOrDefault(e => e.Line <= line && line <= System.Math.Max(e.Line, e.EndLine));

        public string LineText(int line) => line >= 1 && line <= Result.Lines.Length ? Result.Lines[line - 1] : string.Empty;

        private static int LastHeaderLikeLine(string[] lines)
        {
            for (int i = lines.Length - 1; i >= 0; i--)
            {
                if (HeaderLikeLine.Matches(lines[i]))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>The 1-based line that closes a markdown front matter block (<c>---</c> … <c>---</c>) at the top; 0 when none.</summary>
        private static int FrontMatterEnd(string[] lines)
        {
            if (lines.Length == 0 || lines[0].Trim().TrimStart('\uFEFF') != "---")
            {
                return 0;
            }

            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    return i + 1;
                }
            }

            return 0;
        }
    }
}
