using System.Linq;
using GlossaryGen.Building;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>
    /// The generator runs on every keystroke in the IDE: an edit must redo only the work it invalidates.
    /// </summary>
    public sealed class CachingTests
    {
        [Fact]
        public void First_run_parses_every_glossary_once()
        {
            var project = new IncrementalProject();

            var parses = StepAssertions.Steps(project.LastRun, TrackingNames.Parse);

            Assert.Equal(
                new[] { IncrementalProject.YiyangPath, IncrementalProject.LinglingPath, IncrementalProject.ReportPath }.OrderBy(path => path, System.StringComparer.Ordinal),
                parses.SelectMany(step => step.Outputs).Select(output => ((ParsedFile)output.Value).Path).OrderBy(path => path, System.StringComparer.Ordinal));
            Assert.All(StepAssertions.OutputReasons(project.LastRun, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.New, reason));
        }

        [Fact]
        public void Editing_unrelated_csharp_reruns_no_step()
        {
            var project = new IncrementalProject();
            var before = MainSource(project.LastRun);

            var run = project.RunAfterEditingCSharp(IncrementalProject.ServiceCode.Replace("42", "43"));

            StepAssertions.NothingRanAgain(run);
            Assert.Equal(before, MainSource(run));
        }

        [Fact]
        public void Adding_a_csharp_file_reruns_no_step()
        {
            var project = new IncrementalProject();

            var run = project.RunAfterAddingCSharpFile("namespace Consumer { internal sealed class Added { } }\n");

            StepAssertions.NothingRanAgain(run);
        }

        [Fact]
        public void Editing_one_glossary_parses_only_that_file_again()
        {
            var project = new IncrementalProject();
            var edited = IncrementalProject.Lingling.Replace("新材料、大健康。", "新材料、大健康、现代物流。");

            var run = project.RunAfterEditingGlossary(IncrementalProject.LinglingPath, edited);

            var outputs = StepAssertions.Steps(run, TrackingNames.Parse).SelectMany(step => step.Outputs).ToList();
            Assert.Equal(3, outputs.Count);
            var reparsed = Assert.Single(outputs, output => output.Reason is not IncrementalStepRunReason.Cached);
            Assert.Equal(IncrementalStepRunReason.Modified, reparsed.Reason);
            Assert.Equal(IncrementalProject.LinglingPath, ((ParsedFile)reparsed.Value).Path);
            Assert.Equal(new[] { IncrementalStepRunReason.Modified }, StepAssertions.OutputReasons(run, TrackingNames.Model));
            Assert.Contains("新材料、大健康、现代物流。", MainSource(run));
        }

        [Fact]
        public void Editing_a_glossary_without_changing_its_entries_stops_after_parsing()
        {
            var project = new IncrementalProject();

            // A trailing blank line moves no entry and changes no text the model keeps.
            var run = project.RunAfterEditingGlossary(IncrementalProject.YiyangPath, IncrementalProject.Yiyang + "\n");

            var reasons = StepAssertions.OutputReasons(run, TrackingNames.Parse).ToList();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Unchanged));
            Assert.Equal(2, reasons.Count(reason => reason == IncrementalStepRunReason.Cached));
            Assert.All(StepAssertions.OutputReasons(run, TrackingNames.Model), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        [Fact]
        public void Changing_the_class_name_rebuilds_the_model_but_parses_nothing_again()
        {
            var project = new IncrementalProject();

            var run = project.RunWithOptions(IncrementalProject.OptionsWithClassName("Terms"));

            Assert.All(StepAssertions.OutputReasons(run, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.Equal(new[] { IncrementalStepRunReason.Modified }, StepAssertions.OutputReasons(run, TrackingNames.Model));
            Assert.Contains("class Terms", run.GeneratedSources.Single(source => source.HintName == "Terms.g.cs").SourceText.ToString());
        }

        /// <summary>The main generated file; the matcher's tables are a second one.</summary>
        private static string MainSource(GeneratorRunResult run)
            => run.GeneratedSources.Single(source => source.HintName == "Glossary.g.cs").SourceText.ToString();
    }
}
