using System;
using System.Collections.Generic;

namespace GlossaryGen.Corpus
{
    /// <summary>The command line: <c>FOLDER [--tsv FILE] [--show NAME]... [--only NAME]... [--summary] [--metadata true|report]</c>.</summary>
    internal sealed class CorpusArguments
    {
        public const string Usage =
            "usage: GlossaryGen.Corpus FOLDER [--tsv FILE] [--show NAME]... [--only NAME]... [--summary] [--metadata true|report]\n" +
            "  FOLDER          reports (*.md, *.txt; README.md is not a report)\n" +
            "  --tsv FILE      also write one row per report to FILE (keep it out of git)\n" +
            "  --show NAME     list every entry of the report NAME (file name without extension)\n" +
            "  --only NAME     run only the report NAME (repeatable)\n" +
            "  --summary       print only the summary, not each report\n" +
            "  --metadata V    the Glossary metadata the reports get (default true, as README advises for whole reports)";

        public string Folder { get; private set; } = string.Empty;

        public string? TsvPath { get; private set; }

        public HashSet<string> Show { get; } = new HashSet<string>(StringComparer.Ordinal);

        public HashSet<string> Only { get; } = new HashSet<string>(StringComparer.Ordinal);

        public bool SummaryOnly { get; private set; }

        public string Metadata { get; private set; } = "true";

        public static CorpusArguments? Parse(string[] args)
        {
            var parsed = new CorpusArguments();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string? Value() => i + 1 < args.Length ? args[++i] : null;
                switch (arg)
                {
                    case "--tsv":
                        parsed.TsvPath = Value();
                        if (parsed.TsvPath is null)
                        {
                            return null;
                        }

                        break;
                    case "--show":
                    case "--only":
                        string? name = Value();
                        if (name is null)
                        {
                            return null;
                        }

                        (arg == "--show" ? parsed.Show : parsed.Only).Add(name);
                        break;
                    case "--summary":
                        parsed.SummaryOnly = true;
                        break;
                    case "--metadata":
                        string? metadata = Value();
                        if (metadata is null)
                        {
                            return null;
                        }

                        parsed.Metadata = metadata;
                        break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal) || parsed.Folder.Length > 0)
                        {
                            return null;
                        }

                        parsed.Folder = arg;
                        break;
                }
            }

            return parsed.Folder.Length > 0 ? parsed : null;
        }
    }
}
