using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>Reads the driver's step tracking: which named steps ran, and why each output changed or did not.</summary>
    internal static class StepAssertions
    {
        public static readonly string[] TrackedNames = { TrackingNames.GlossaryFiles, TrackingNames.Parse, TrackingNames.Model };

        public static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRunResult run, string name)
        {
            Assert.True(run.TrackedSteps.TryGetValue(name, out var steps), $"The generator did not track a step named '{name}'.");
            return steps;
        }

        public static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult run, string name) =>
            Steps(run, name).SelectMany(step => step.Outputs).Select(output => output.Reason);

        /// <summary>Every output of every named step and of the source output came from the cache.</summary>
        public static void NothingRanAgain(GeneratorRunResult run)
        {
            foreach (var name in TrackedNames)
            {
                var reasons = OutputReasons(run, name).ToList();
                Assert.NotEmpty(reasons);
                Assert.All(reasons, reason => Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{name}' produced an output marked {reason}."));
            }

            var sourceOutputs = run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(sourceOutputs);
            Assert.All(sourceOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }
}
