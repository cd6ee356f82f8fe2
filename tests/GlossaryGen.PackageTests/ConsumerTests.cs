using System;
using System.IO;
using System.Linq;
using Xunit;

namespace GlossaryGen.PackageTests
{
    /// <summary>Consumers built from nothing but the packed nupkg and a glossary, run as users run them.</summary>
    [Collection(PackagedConsumersCollection.Name)]
    public sealed class ConsumerTests
    {
        private readonly PackagedConsumers _consumers;

        public ConsumerTests(PackagedConsumers consumers)
        {
            _consumers = consumers;
        }

        [Fact]
        public void Nullable_console_app_with_warnings_as_errors_expands_terms()
        {
            var output = _consumers.RunApp(ConsumerProjects.ConsoleApp).Output;

            Assert.Equal(
                new[]
                {
                    ConsumerProjects.SixZeros,
                    ConsumerProjects.ThreeSends,
                    "三送三解三优 business.glossary.txt:2 #2",
                    ConsumerProjects.ThreeSends,
                    "unknown term: null",
                    "Expand of an unknown term throws KeyNotFoundException",
                    "2",
                },
                Lines(output));
        }

        [Fact]
        public void CSharp73_netstandard_library_serves_its_glossary_to_a_net8_app()
        {
            var output = _consumers.RunApp(ConsumerProjects.LegacyApp).Output;

            Assert.Equal(
                new[]
                {
                    ConsumerProjects.OneMainOneSpecial,
                    "工业“一主一特”",
                    ConsumerProjects.FourZonesTwoCities,
                    "GlossaryGen.Runtime",
                },
                Lines(output));
        }

        [Fact]
        public void Whole_report_selected_by_metadata_is_read_and_other_files_are_left_alone()
        {
            var output = _consumers.RunApp(ConsumerProjects.ReportApp).Output;

            Assert.Equal(
                new[]
                {
                    ConsumerProjects.SixZeros,
                    "report-2024.txt:" + ConsumerProjects.SixZerosReportLine,
                    "notes.txt ignored",
                    "draft.glossary.txt excluded",
                    "2",
                },
                Lines(output));
        }

        [Fact]
        public void Namespace_class_name_and_internal_accessibility_come_from_build_properties()
        {
            var output = _consumers.RunApp(ConsumerProjects.OptionsApp).Output;

            Assert.Equal(
                new[]
                {
                    ConsumerProjects.SixZeros,
                    "Company.Terms.Words",
                    "internal",
                    "no OptionsApp.Glossary",
                    "Company.Terms.Words+Files+Business",
                },
                Lines(output));
        }

        [Fact]
        public void Misspelled_option_value_is_a_warning_at_build_time()
        {
            Assert.True(_consumers.BuildResult.ExitCode == 0, _consumers.BuildResult.Describe());

            var warnings = Lines(_consumers.BuildResult.Output)
                .Where(line => line.Contains("warning GG0301", StringComparison.Ordinal))
                .ToList();

            Assert.NotEmpty(warnings);
            Assert.All(warnings, line => Assert.Contains(ConsumerProjects.MisspelledOptionLibrary + ".csproj", line));
            Assert.All(warnings, line => Assert.Contains("pubilc", line));
        }

        [Fact]
        public void Consumers_restore_into_their_own_package_folder()
        {
            Assert.True(_consumers.BuildResult.ExitCode == 0, _consumers.BuildResult.Describe());

            var restored = Path.Combine(_consumers.Workspace.PackagesDirectory, "glossarygen", _consumers.Feed.Version.ToLowerInvariant());
            Assert.True(Directory.Exists(restored), $"GlossaryGen {_consumers.Feed.Version} was not restored into {restored}.");
        }

        private static string[] Lines(string output) =>
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    }
}
