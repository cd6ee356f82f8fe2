using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GlossaryGen.Corpus
{
    /// <summary>Runs the generator over every report of a folder and prints what a reviewer needs (docs/corpus-tool.md).</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            CorpusArguments? arguments = CorpusArguments.Parse(args);
            if (arguments is null)
            {
                Console.Error.WriteLine(CorpusArguments.Usage);
                return 2;
            }

            if (!Directory.Exists(arguments.Folder))
            {
                Console.Error.WriteLine("no such folder: " + arguments.Folder);
                return 2;
            }

            List<string> reports = Directory.EnumerateFiles(arguments.Folder)
                .Where(path => (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Where(path => arguments.Only.Count == 0 || arguments.Only.Contains(Path.GetFileNameWithoutExtension(path)))
                .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
                .ToList();
            if (reports.Count == 0)
            {
                Console.Error.WriteLine("no reports (*.md, *.txt) in " + arguments.Folder);
                return 2;
            }

            var listing = new ListingWriter(Console.Out);
            var findings = new List<ReportFindings>(reports.Count);
            foreach (string path in reports)
            {
                var report = new ReportFindings(ReportRun.Run(path, arguments.Metadata));
                findings.Add(report);
                if (!arguments.SummaryOnly)
                {
                    listing.WriteReport(report);
                }

                if (arguments.Show.Contains(report.Name))
                {
                    listing.WriteEntries(report);
                }
            }

            listing.WriteSummary(findings);
            if (arguments.TsvPath != null)
            {
                TsvWriter.Write(arguments.TsvPath, findings);
                Console.WriteLine("per-report table written to " + arguments.TsvPath);
            }

            return 0;
        }
    }
}
