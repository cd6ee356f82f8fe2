using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GlossaryGen.Building;
using GlossaryGen.Input;
using GlossaryGen.Model;
using GlossaryGen.Structure;

namespace GlossaryGen.Tests.Building
{
    /// <summary>Builds models from hand-written parse results, to test merging without the parser.</summary>
    internal static class ModelBuilderFixture
    {
        public static ParsedEntry Entry(string heading, string definition, int line, int? number = null)
        {
            string term = GlossaryKey.RemoveQuotes(heading);
            var cores = System.Text.RegularExpressions.Regex.Matches(heading, "“([^”]*)”").Select(m => m.Groups[1].Value).ToEquatableArray();
            var range = new TextRange(line * 100, heading.Length, line - 1, 0, line - 1, heading.Length);
            return new ParsedEntry(number, heading, term, cores, definition, range);
        }

        public static ParsedFile File(string path, params ParsedEntry[] entries)
        {
            var glossary = new ParsedGlossary(entries.ToEquatableArray(), EquatableArray<ParseDiagnostic>.Empty, 0);
            return new ParsedFile(
                path,
                path.Substring(path.LastIndexOf('/') + 1),
                GlossaryFileKind.Glossary,
                null,
                glossary,
                entries.Select(_ => EntryStructure.None).ToEquatableArray(),
                EquatableArray<DiagnosticInfo>.Empty);
        }

        public static BuildResult Build(params ParsedFile[] files)
            => GlossaryModelBuilder.Build(
                files.ToImmutableArray(),
                new GlobalOptions(null, "Glossary", true, EquatableArray<DiagnosticInfo>.Empty),
                new LanguageFacts("Consumer", true, true, true),
                CancellationToken.None);

    }
}
