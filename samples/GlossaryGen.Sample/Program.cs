using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GlossaryGen.Sample
{
    /// <summary>
    /// Looks terms up in the glossaries of two real reports, compiled into this program by GlossaryGen.
    /// <c>dotnet run -- 六零</c> prints one definition; with no argument it lists every term;
    /// <c>dotnet run -- annotate FILE</c> marks the terms in a text (see <see cref="AnnotateCommand"/>).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
            if (args.Length > 0 && args[0] == "annotate")
            {
                return AnnotateCommand.Run(args.Skip(1).ToArray());
            }

            if (args.Length == 0)
            {
                return ListTerms();
            }

            return Explain(string.Join(" ", args));
        }

        private static int ListTerms()
        {
            Console.WriteLine($"{Glossary.All.Count} terms:");
            foreach (GlossaryEntry entry in Glossary.All)
            {
                string number = entry.Number is int n ? $"[{n}] " : string.Empty;
                Console.WriteLine($"  {entry.Heading}  ({entry.SourceFile} {number}line {entry.Line})");
            }

            // A term known when compiling is checked when compiling: a typo here is warning GG0601, and this correct
            // lookup gets the suggestion GG0602 to write Glossary.Definitions.六零, which stops compiling if a later
            // report drops the term (README, "Compile-time checks"). Kept as a lookup to show the suggestion.
            Console.WriteLine($"For example, 六零：{Glossary.Expand("六零")}");
            return 0;
        }

        private static int Explain(string term)
        {
            GlossaryEntry? entry = Glossary.Lookup(term);
            if (entry == null)
            {
                try
                {
                    Glossary.Expand(term);
                }
                catch (KeyNotFoundException exception)
                {
                    // Expand's message already names the closest terms.
                    Console.Error.WriteLine(exception.Message);
                }

                return 1;
            }

            Console.WriteLine($"{entry.Heading}：{entry.Definition}");
            if (entry.Items.Count > 0)
            {
                Console.WriteLine($"  {entry.Items.Count} items: {string.Join("、", entry.Items)}");
            }

            foreach (GlossaryGroup group in entry.Groups)
            {
                Console.WriteLine($"  {group.Label}: {string.Join("、", group.Items)}");
            }

            string number = entry.Number is int n ? $", entry [{n}]" : string.Empty;
            Console.WriteLine($"  ({entry.SourceFile}, line {entry.Line}{number})");
            return 0;
        }
    }
}
