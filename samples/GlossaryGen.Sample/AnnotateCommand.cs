using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GlossaryGen.Sample
{
    /// <summary>
    /// <c>dotnet run -- annotate FILE</c>: prints the file with every glossary term marked 【like this】,
    /// then each term found with its count and definition, then the quoted abbreviations the file uses
    /// that no glossary compiled into this program defines.
    /// </summary>
    internal static class AnnotateCommand
    {
        public static int Run(IReadOnlyList<string> args)
        {
            if (args.Count != 1)
            {
                Console.Error.WriteLine("usage: annotate FILE");
                return 2;
            }

            string text;
            try
            {
                text = File.ReadAllText(args[0]);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cannot read {args[0]}: {exception.Message}");
                return 2;
            }

            IReadOnlyList<GlossaryMatch> matches = Glossary.Find(text);
            Console.WriteLine(Mark(text, matches));
            PrintTerms(matches);
            PrintUndefinedAbbreviations(text);
            return 0;
        }

        private static string Mark(string text, IReadOnlyList<GlossaryMatch> matches)
        {
            var marked = new StringBuilder(text.Length + (matches.Count * 2));
            int copied = 0;
            foreach (GlossaryMatch match in matches)
            {
                marked.Append(text, copied, match.Index - copied)
                    .Append('【').Append(text, match.Index, match.Length).Append('】');
                copied = match.Index + match.Length;
            }

            return marked.Append(text, copied, text.Length - copied).ToString();
        }

        private static void PrintTerms(IReadOnlyList<GlossaryMatch> matches)
        {
            var byEntry = matches
                .GroupBy(match => match.Entry)
                .Select(group => (Entry: group.Key, Count: group.Count(), First: group.First().Index))
                .OrderBy(found => found.First)
                .ToList();
            Console.WriteLine();
            Console.WriteLine($"== {byEntry.Count} glossary terms, {matches.Count} uses ==");
            foreach (var (entry, count, _) in byEntry)
            {
                Console.WriteLine($"{entry.Heading} ×{count} ({entry.SourceFile}, line {entry.Line})");
                Console.WriteLine($"    {entry.Definition.Replace("\n", "\n    ")}");
            }
        }

        private static void PrintUndefinedAbbreviations(string text)
        {
            var undefined = QuotedAbbreviations.Find(text)
                .Where(abbreviation => Glossary.Lookup(abbreviation.Term) == null)
                .ToList();
            Console.WriteLine();
            Console.WriteLine($"== {undefined.Count} quoted abbreviations no glossary defines ==");
            foreach (QuotedAbbreviation abbreviation in undefined)
            {
                Console.WriteLine($"“{abbreviation.Term}” ×{abbreviation.Count} (line {LineOf(text, abbreviation.FirstIndex)})");
            }
        }

        private static int LineOf(string text, int index)
        {
            int line = 1;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
