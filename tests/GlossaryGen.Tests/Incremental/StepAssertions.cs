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
        public static readonly string[] TrackedNames =
        {
            TrackingNames.GlossaryFiles, TrackingNames.Parse, TrackingNames.Options, TrackingNames.FileClasses, TrackingNames.FileTable,
            TrackingNames.FileKeys, TrackingNames.ContestedNames, TrackingNames.FileMeanings, TrackingNames.Index, TrackingNames.IndexValue, TrackingNames.LookupTables,
        };

        public static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRunResult run, string name)
        {
            Assert.True(run.TrackedSteps.TryGetValue(name, out var steps), $"The generator did not track a step named '{name}'.");
            return steps;
        }

        public static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult run, string name) =>
            Steps(run, name).SelectMany(step => step.Outputs).Select(output => output.Reason);

        /// <summary>Whether the step's outputs are all as they were: taken from the cache, or recomputed equal.</summary>
        public static void AllKept(GeneratorRunResult run, string name)
            => Assert.All(OutputReasons(run, name), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' produced an output marked {reason}."));

        /// <summary>How many of the step's outputs are new or modified.</summary>
        public static int Changed(GeneratorRunResult run, string name)
            => OutputReasons(run, name).Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);

        /// <summary>Every output of every named step and of the source outputs came from the cache.</summary>
        public static void NothingRanAgain(GeneratorRunResult run)
        {
            foreach (var name in TrackedNames)
            {
                Assert.NotEmpty(OutputReasons(run, name));
                AllKept(run, name);
            }

            var sourceOutputs = run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(sourceOutputs);
            Assert.All(sourceOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }
}
