using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace GlossaryGen.PackageTests
{
    /// <summary>
    /// The compile-time lookup check as a consumer of the packed package meets it: a misspelt term fails a build
    /// with warnings as errors at the line of the consumer's own source, dotnet format repairs it, and then turns
    /// the working lookup into the typed member.
    /// </summary>
    [Collection(PackagedConsumersCollection.Name)]
    public sealed class LookupCheckTests
    {
        private const string AppName = "TypoApp";
        private const string Typo = "\"六霖\"";

        private const string Program = """
            using System;

            namespace TypoApp
            {
                internal static class Program
                {
                    private static int Main()
                    {
                        Console.OutputEncoding = System.Text.Encoding.UTF8;
                        Console.WriteLine(Glossary.Expand("六霖"));
                        return 0;
                    }
                }
            }

            """;

        private readonly PackagedConsumers _consumers;

        public LookupCheckTests(PackagedConsumers consumers)
        {
            _consumers = consumers;
        }

        [Fact]
        public void A_misspelt_term_fails_the_build_at_its_line_and_dotnet_format_fixes_it_then_makes_it_a_typed_member()
        {
            var workspace = _consumers.CreateWorkspace("typo", new ConsumerProject(
                AppName,
                ConsumerProjects.AppProject(_consumers.Feed.Version, extraProperties: """
                        <Nullable>enable</Nullable>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    """),
                new Dictionary<string, string>
                {
                    ["business.glossary.txt"] = $"[1]六零：{ConsumerProjects.SixZeros}\n",
                    ["Program.cs"] = Program,
                }));

            var failed = workspace.Build();
            Assert.True(failed.ExitCode != 0, "The misspelt term did not fail the build. " + failed.Describe());
            var lines = Program.Split('\n');
            int line = Array.FindIndex(lines, l => l.Contains(Typo, StringComparison.Ordinal)) + 1;
            int column = lines[line - 1].IndexOf(Typo, StringComparison.Ordinal) + 1;
            var errors = failed.Output.Split('\n').Where(l => l.Contains("error GG0601", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count > 0, failed.Describe());
            Assert.All(errors, error =>
            {
                Assert.Contains($"Program.cs({line},{column}): error GG0601", error);
                Assert.Contains("'六零'", error);
            });

            var format = workspace.FormatAnalyzers("GG0601");
            Assert.True(format.ExitCode == 0, format.Describe());
            Assert.Contains("Glossary.Expand(\"六零\")", workspace.ReadFile(AppName, "Program.cs"));

            // Now a known term, the lookup gets the typed-member suggestion, which dotnet format applies too.
            var typed = workspace.FormatAnalyzers("GG0602");
            Assert.True(typed.ExitCode == 0, typed.Describe());
            Assert.Contains("Console.WriteLine(Glossary.Definitions.六零);", workspace.ReadFile(AppName, "Program.cs"));

            var fixedBuild = workspace.Build();
            Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Describe());
            var run = workspace.Run(AppName);
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(ConsumerProjects.SixZeros, run.Output.Trim());
        }
    }
}
