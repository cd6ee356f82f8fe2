using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    public class FileSelectionTests
    {
        private const string Entries = "1.“两图”：产业链招商路线图、招商引资全景地图。\n2.“三稀”：稀土金属、稀有金属、稀散金属。\n";

        [Fact]
        public void Other_additional_files_are_never_read()
        {
            var untouchable = new ReadTrackingText("/project/PublicAPI.Shipped.txt");
            var banned = new ReadTrackingText("/project/BannedSymbols.txt");

            GeneratorRun run = GeneratorHarness.Run(new AdditionalText[] { untouchable, banned });

            Assert.False(untouchable.WasRead);
            Assert.False(banned.WasRead);
            Assert.Empty(run.Sources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void Metadata_selects_a_report_under_its_own_name()
        {
            var report = new InMemoryAdditionalText("/project/益阳2024政府工作报告.txt", Entries);
            GeneratorRun run = GeneratorHarness.Run(new[] { report }, options: PerFile(report.Path, "Glossary", "true"));

            Assert.Contains(run.Sources.Values, source => source.Contains("GlossaryEntry 两图 => s_两图 ?? Files."));
        }

        [Fact]
        public void Metadata_false_excludes_a_glossary_file()
        {
            var excluded = new ReadTrackingText("/project/old.glossary.txt");
            GeneratorRun run = GeneratorHarness.Run(new[] { excluded }, options: PerFile(excluded.Path, "Glossary", "false"));

            Assert.False(excluded.WasRead);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void A_misspelled_metadata_value_is_reported_and_the_file_still_read()
        {
            var file = new InMemoryAdditionalText("/project/a.glossary.txt", Entries);
            GeneratorRun run = GeneratorHarness.Run(new[] { file }, options: PerFile(file.Path, "Glossary", "ture"));

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("GG0301", diagnostic.Id);
            Assert.Equal("The value 'ture' of Glossary metadata is not valid: expected true, false or report. The default is used instead.", diagnostic.GetMessage());
            Assert.Equal(file.Path, diagnostic.Location.GetLineSpan().Path);
            Assert.Contains(run.Sources.Values, source => source.Contains("GlossaryEntry 两图 => s_两图 ?? Files."));
        }

        [Fact]
        public void A_report_without_glossary_needs_no_entries()
        {
            var report = new InMemoryAdditionalText("/project/衡阳.txt", "一、过去一年工作回顾\n我们坚持“三高四新”。\n");
            GeneratorRun run = GeneratorHarness.Run(new[] { report }, options: PerFile(report.Path, "Glossary", "report"));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "GG0003");
        }

        [Fact]
        public void A_glossary_file_without_entries_is_reported()
        {
            var empty = new InMemoryAdditionalText("/project/empty.glossary.txt", string.Empty);
            GeneratorRun run = GeneratorHarness.Run(new[] { empty });

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "GG0003");
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void An_unreadable_file_is_reported_not_thrown()
        {
            var unreadable = new InMemoryAdditionalText("/project/gone.glossary.txt", (SourceText?)null);
            var throwing = new ReadTrackingText("/project/locked.glossary.txt", throwOnRead: true);
            GeneratorRun run = GeneratorHarness.Run(new AdditionalText[] { unreadable, throwing });

            Assert.Equal(new[] { "GG0001", "GG0001" }, run.GeneratorDiagnostics.Select(d => d.Id));
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void A_per_file_class_name_comes_from_metadata()
        {
            var file = new InMemoryAdditionalText("/project/a.glossary.txt", Entries);
            GeneratorRun run = GeneratorHarness.Run(new[] { file }, options: PerFile(file.Path, "GlossaryClassName", "零陵"));

            Assert.Contains("public static class 零陵", run.Source("Glossary.Files.零陵.g.cs"));
        }

        [Fact]
        public void An_invalid_per_file_class_name_is_reported()
        {
            var file = new InMemoryAdditionalText("/project/a.glossary.txt", Entries);
            GeneratorRun run = GeneratorHarness.Run(new[] { file }, options: PerFile(file.Path, "GlossaryClassName", "Not Valid"));

            Assert.Equal("GG0301", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.Contains("public static class A", run.Source("Glossary.Files.A.g.cs"));
        }

        private static TestOptionsProvider PerFile(string path, string metadata, string value)
            => new TestOptionsProvider(perFile: new Dictionary<string, IDictionary<string, string>>
            {
                [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + metadata] = value },
            });

        /// <summary>Records whether the generator asked for the text.</summary>
        private sealed class ReadTrackingText : AdditionalText
        {
            private readonly bool _throwOnRead;

            public ReadTrackingText(string path, bool throwOnRead = false)
            {
                Path = path;
                _throwOnRead = throwOnRead;
            }

            public bool WasRead { get; private set; }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                WasRead = true;
                if (_throwOnRead)
                {
                    throw new System.IO.IOException("The file is locked.");
                }

                return SourceText.From(Entries);
            }
        }
    }
}
