using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Corpus
{
    /// <summary>The human-readable listing: one block per report, then the summary.</summary>
    internal sealed class ListingWriter
    {
        private const int ShownText = 70;

        private readonly TextWriter _out;

        public ListingWriter(TextWriter output)
        {
            _out = output;
        }

        public void WriteReport(ReportFindings report)
        {
            _out.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "== {0}: {1} entries, header line {2} (header-like line {3}), {4} warnings, {5} infos, {6:F1} ms{7}",
                report.Name,
                report.Entries.Count,
                report.ParserHeaderLine,
                report.HeaderLikeLineNumber,
                report.Count(DiagnosticSeverity.Warning),
                report.Count(DiagnosticSeverity.Info),
                report.Result.Time.TotalMilliseconds,
                report.EmptyWithHeader ? "  EMPTY ALTHOUGH A HEADER-LIKE LINE EXISTS" : string.Empty));

            foreach (ParsedEntry entry in report.BodyEntries)
            {
                _out.WriteLine($"   BODY ENTRY line {entry.Line}: {DisplayLine.Of(entry.Heading, ShownText)}");
            }

            foreach (ParsedEntry entry in report.LongTerms)
            {
                _out.WriteLine($"   LONG TERM line {entry.Line} ({entry.Term.Length} chars): {DisplayLine.Of(entry.Term, ShownText)}");
            }

            foreach (ParsedEntry entry in report.LongDefinitions)
            {
                _out.WriteLine($"   LONG DEFINITION line {entry.Line}-{entry.EndLine} ({entry.Definition.Length} chars): {DisplayLine.Of(entry.Heading, 30)}");
            }

            foreach (RunDiagnostic diagnostic in report.Result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                ParsedEntry? entry = report.EntryAt(diagnostic.Line);
                string where = entry is null ? string.Empty : " [" + DisplayLine.Of(entry.Heading, 20) + "]";
                string text = diagnostic.Id == "GG0101"
                    ? " | " + DisplayLine.Of(report.LineText(diagnostic.Line).Trim(), ShownText)
                    : " " + DisplayLine.Of(diagnostic.Message, ShownText + 30);
                _out.WriteLine($"   {diagnostic.Id} {SeverityName(diagnostic.Severity)} line {diagnostic.Line}{where}{text}");
            }
        }

        /// <summary>Every entry of a report, for reading what came out.</summary>
        public void WriteEntries(ReportFindings report)
        {
            _out.WriteLine($"-- entries of {report.Name}:");
            foreach (ParsedEntry entry in report.Entries)
            {
                string number = entry.Number?.ToString(CultureInfo.InvariantCulture) ?? "-";
                _out.WriteLine($"   [{number}] line {entry.Line}-{entry.EndLine} {entry.Heading} ({entry.Definition.Length}) := {DisplayLine.Of(entry.Definition, 100)}");
            }
        }

        public void WriteSummary(IReadOnlyList<ReportFindings> reports)
        {
            _out.WriteLine();
            _out.WriteLine("== summary");
            Row("reports", reports.Count);
            Row("entries", reports.Sum(r => r.Entries.Count));
            Row("reports read as empty", reports.Count(r => r.Entries.Count == 0));
            Row("  of them with a header-like line", reports.Count(r => r.EmptyWithHeader));
            Row("reports whose parser header differs from the last header-like line", reports.Count(r => r.Entries.Count > 0 && r.ParserHeaderLine != r.HeaderLikeLineNumber));
            Row("entries before the last header-like line (body)", reports.Sum(r => r.BodyEntries.Count));
            Row("skipped lines (GG0101)", reports.Sum(r => r.Skipped.Count));
            Row($"terms over {ReportFindings.LongTerm} chars", reports.Sum(r => r.LongTerms.Count));
            Row($"definitions over {ReportFindings.LongDefinition} chars", reports.Sum(r => r.LongDefinitions.Count));
            Row("warnings", reports.Sum(r => r.Count(DiagnosticSeverity.Warning)));
            Row("infos", reports.Sum(r => r.Count(DiagnosticSeverity.Info)));
            Row("errors", reports.Sum(r => r.Count(DiagnosticSeverity.Error)));
            double total = reports.Sum(r => r.Result.Time.TotalMilliseconds);
            ReportFindings slowest = reports.OrderByDescending(r => r.Result.Time).First();
            _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-70} {1,8:F0} ms (slowest {2}: {3:F0} ms)", "generator time, all reports", total, slowest.Name, slowest.Result.Time.TotalMilliseconds));
            _out.WriteLine();
            _out.WriteLine("   diagnostic ID  count  reports");
            foreach (var group in reports.SelectMany(r => r.Result.Diagnostics.Select(d => (Report: r.Name, d.Id))).GroupBy(p => p.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "   {0,-13} {1,6} {2,8}", group.Key, group.Count(), group.Select(p => p.Report).Distinct().Count()));
            }

            List<ReportFindings> empty = reports.Where(r => r.EmptyWithHeader).ToList();
            if (empty.Count > 0)
            {
                _out.WriteLine();
                _out.WriteLine("   empty although a header-like line exists:");
                foreach (ReportFindings report in empty)
                {
                    _out.WriteLine($"   {report.Name} line {report.HeaderLikeLineNumber}: {DisplayLine.Of(report.LineText(report.HeaderLikeLineNumber).Trim(), ShownText)}");
                }
            }
        }

        private void Row(string label, int value)
            => _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-70} {1,8}", label, value));

        private static string SeverityName(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
