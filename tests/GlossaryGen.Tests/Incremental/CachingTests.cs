using System.Linq;
using GlossaryGen.Reading;
using Microsoft.CodeAnalysis;
using Xunit;
using static GlossaryGen.Tests.Incremental.StepAssertions;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>
    /// The generator runs on every keystroke in the IDE: an edit must redo only the work it invalidates.
    /// What depends on one file is redone for that file; the whole-project index only when names or keys change.
    /// </summary>
    public sealed class CachingTests
    {
        [Fact]
        public void First_run_parses_every_glossary_once()
        {
            var project = new IncrementalProject();

            var parses = Steps(project.LastRun, TrackingNames.Parse);

            Assert.Equal(
                new[] { IncrementalProject.YiyangPath, IncrementalProject.LinglingPath, IncrementalProject.ReportPath }.OrderBy(path => path, System.StringComparer.Ordinal),
                parses.SelectMany(step => step.Outputs).Select(output => ((ParsedFile)output.Value).Path).OrderBy(path => path, System.StringComparer.Ordinal));
            Assert.All(OutputReasons(project.LastRun, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.New, reason));
        }

        [Fact]
        public void Editing_unrelated_csharp_reruns_no_step()
        {
            var project = new IncrementalProject();
            var before = project.LastRun.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

            var run = project.RunAfterEditingCSharp(IncrementalProject.ServiceCode.Replace("42", "43"));

            NothingRanAgain(run);
            Assert.Equal(before, run.GeneratedSources.Select(s => s.SourceText.ToString()));
        }

        [Fact]
        public void Adding_a_csharp_file_reruns_no_step()
        {
            var project = new IncrementalProject();

            var run = project.RunAfterAddingCSharpFile("namespace Consumer { internal sealed class Added { } }\n");

            NothingRanAgain(run);
        }

        [Fact]
        public void Editing_one_definition_re_emits_only_that_files_table()
        {
            var project = new IncrementalProject();
            var edited = IncrementalProject.Lingling.Replace("新材料、大健康。", "新材料、大健康、现代物流。");

            var run = project.RunAfterEditingGlossary(IncrementalProject.LinglingPath, edited);

            Assert.Equal(1, Changed(run, TrackingNames.Parse));
            Assert.Equal(1, Changed(run, TrackingNames.FileTable));
            Assert.Equal(2, OutputReasons(run, TrackingNames.FileTable).Count(reason => reason == IncrementalStepRunReason.Cached));
            AllKept(run, TrackingNames.FileClasses);
            AllKept(run, TrackingNames.Index);
            AllKept(run, TrackingNames.IndexValue);
            AllKept(run, TrackingNames.LookupTables);
            Assert.Contains("新材料、大健康、现代物流。", Source(run, "Glossary.Files.Lingling.g.cs"));
        }

        [Fact]
        public void Moving_an_entry_to_another_line_re_emits_only_that_files_table()
        {
            var project = new IncrementalProject();

            var run = project.RunAfterEditingGlossary(IncrementalProject.YiyangPath, "\n\n" + IncrementalProject.Yiyang);

            Assert.Equal(1, Changed(run, TrackingNames.FileTable));
            AllKept(run, TrackingNames.Index);
            AllKept(run, TrackingNames.IndexValue);
            AllKept(run, TrackingNames.LookupTables);
            Assert.Matches(@"Definitions\.\w+, 3, ", Source(run, "Glossary.Files.Yiyang.g.cs"));
        }

        [Fact]
        public void Adding_an_entry_rebuilds_the_index_and_tables_but_no_other_files_table()
        {
            var project = new IncrementalProject();

            var run = project.RunAfterEditingGlossary(IncrementalProject.YiyangPath, IncrementalProject.Yiyang + "[20]十代：十大产业集群。\n");

            Assert.Equal(1, Changed(run, TrackingNames.FileTable));
            Assert.Equal(1, Changed(run, TrackingNames.IndexValue));
            Assert.Equal(1, Changed(run, TrackingNames.LookupTables));
            Assert.Contains("Terms.十代", string.Join("\n", run.GeneratedSources.Select(s => s.SourceText.ToString())));
        }

        [Fact]
        public void Editing_a_glossary_without_changing_its_entries_stops_after_parsing()
        {
            var project = new IncrementalProject();

            // A trailing blank line moves no entry and changes no text the tables keep.
            var run = project.RunAfterEditingGlossary(IncrementalProject.YiyangPath, IncrementalProject.Yiyang + "\n");

            var reasons = OutputReasons(run, TrackingNames.Parse).ToList();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Unchanged));
            Assert.Equal(2, reasons.Count(reason => reason == IncrementalStepRunReason.Cached));
            AllKept(run, TrackingNames.FileTable);
            AllKept(run, TrackingNames.Index);
        }

        [Fact]
        public void Changing_the_accessibility_re_emits_no_table_and_rebuilds_no_lookup_table()
        {
            var project = new IncrementalProject();

            var run = project.RunWithOptions(IncrementalProject.OptionsWith("build_property.GlossaryGen_Accessibility", "internal"));

            AllKept(run, TrackingNames.Parse);
            AllKept(run, TrackingNames.FileTable);
            AllKept(run, TrackingNames.LookupTables);
            Assert.Equal(1, Changed(run, TrackingNames.Options));
            Assert.Contains("internal static partial class Glossary", Source(run, "Glossary.g.cs"));
        }

        [Fact]
        public void Changing_the_class_name_re_emits_everything_but_parses_nothing_again()
        {
            var project = new IncrementalProject();

            var run = project.RunWithOptions(IncrementalProject.OptionsWith("build_property.GlossaryGen_ClassName", "Terms"));

            AllKept(run, TrackingNames.Parse);
            Assert.Equal(3, Changed(run, TrackingNames.FileTable));
            Assert.Equal(1, Changed(run, TrackingNames.IndexValue));
            Assert.Contains("class Terms", Source(run, "Terms.g.cs"));
        }

        private static string Source(GeneratorRunResult run, string hintName)
            => run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
    }
}
