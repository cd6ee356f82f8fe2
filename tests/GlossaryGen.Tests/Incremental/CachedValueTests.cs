using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>The values the driver caches between runs hold plain data only.</summary>
    public sealed class CachedValueTests
    {
        [Fact]
        public void Tracked_step_outputs_hold_no_compilation_symbol_syntax_or_location()
        {
            var project = new IncrementalProject();
            var run = project.RunAfterEditingGlossary(IncrementalProject.YiyangPath, IncrementalProject.Yiyang.Replace("零容忍", "零容忍（修订）"));

            var problems = new List<string>();
            var checkedOutputs = 0;
            foreach (var name in StepAssertions.TrackedNames)
            {
                var index = 0;
                foreach (var output in StepAssertions.Steps(run, name).SelectMany(step => step.Outputs))
                {
                    problems.AddRange(CachedValueGraph.FindForbidden(output.Value, $"{name}[{index++}]"));
                    checkedOutputs++;
                }
            }

            // Three files through the per-file steps (selection, parse, table, keys, meanings); one value through each whole-project step.
            Assert.Equal((3 * 5) + 6, checkedOutputs);
            Assert.Empty(problems);
        }

        [Fact]
        public void The_walk_finds_a_location_hidden_in_a_record()
        {
            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }");
            var suspect = new List<object> { "plain", new Holder(tree.GetRoot().GetLocation()) };

            var problems = CachedValueGraph.FindForbidden(suspect, "suspect");

            Assert.Contains(problems, problem => problem.StartsWith("suspect._items[1].Location is a Location", System.StringComparison.Ordinal));
        }

        private sealed record Holder(Location Location);
    }
}
