using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Corpus
{
    /// <summary>
    /// One row per report, stable columns and order, so two runs (before and after a change) can be
    /// compared with <c>diff</c>. Time is the last column: it differs between any two runs.
    /// </summary>
    internal static class TsvWriter
    {
        private static readonly string[] Columns =
        {
            "report", "entries", "parser_header_line", "header_like_line", "empty_with_header", "body_entries",
            "skipped_GG0101", "long_terms", "long_definitions", "warnings", "infos", "errors", "diagnostics", "ms",
        };

        public static void Write(string path, IReadOnlyList<ReportFindings> reports)
        {
            var builder = new StringBuilder();
            builder.Append(string.Join("\t", Columns)).Append('\n');
            foreach (ReportFindings r in reports)
            {
                string diagnostics = string.Join(
                    ",",
                    r.Result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal).Select(g => g.Key + "=" + g.Count().ToString(CultureInfo.InvariantCulture)));
                object[] values =
                {
                    r.Name, r.Entries.Count, r.ParserHeaderLine, r.HeaderLikeLineNumber, r.EmptyWithHeader ? 1 : 0, r.BodyEntries.Count,
                    r.Skipped.Count, r.LongTerms.Count, r.LongDefinitions.Count, r.Count(DiagnosticSeverity.Warning),
                    r.Count(DiagnosticSeverity.Info), r.Count(DiagnosticSeverity.Error), diagnostics,
                    r.Result.Time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture),
                };
                builder.Append(string.Join("\t", values.Select(v => System.Convert.ToString(v, CultureInfo.InvariantCulture)))).Append('\n');
            }

            File.WriteAllText(path, builder.ToString(), new UTF8Encoding(false));
        }
    }
}
