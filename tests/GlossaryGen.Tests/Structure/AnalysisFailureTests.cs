using System;
using System.Collections.Generic;
using GlossaryGen.Reading;
using GlossaryGen.Model;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>A failure in the structure analysis is never swallowed: it becomes GG9999 at the entry it was reading.</summary>
    public class AnalysisFailureTests
    {
        [Fact]
        public void An_exception_in_the_analysis_is_GG9999_at_the_entry()
        {
            var heading = new TextRange(120, 4, 7, 3, 7, 7);
            var entry = new ParsedEntry(3, "“六零”", "六零", EquatableArray<string>.Empty, "零门槛、零跑腿", heading);
            var diagnostics = new List<DiagnosticInfo>();

            EntryStructure structure = FileReader.AnalyzeStructure(
                entry, "/p/report.txt", "report.txt", diagnostics, (term, definition) => throw new InvalidOperationException("broken reading"));

            Assert.Equal(EntryStructure.None, structure);
            DiagnosticInfo failure = Assert.Single(diagnostics);
            Assert.Equal("GG9999", failure.Id);
            Assert.Equal(new FileLocation("/p/report.txt", heading), failure.Location);
            Assert.Equal("report.txt", failure.Arguments[0]);
            Assert.Contains("六零", failure.Arguments[1]);
            Assert.Contains("InvalidOperationException: broken reading", failure.Arguments[1]);
        }

        [Fact]
        public void A_cancellation_is_not_reported()
        {
            var entry = new ParsedEntry(1, "六零", "六零", EquatableArray<string>.Empty, "零门槛", TextRange.FileStart);

            Assert.Throws<OperationCanceledException>(() => FileReader.AnalyzeStructure(
                entry, "/p/report.txt", "report.txt", new List<DiagnosticInfo>(), (term, definition) => throw new OperationCanceledException()));
        }
    }
}
