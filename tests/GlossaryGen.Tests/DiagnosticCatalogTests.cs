using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GlossaryGen.Diagnostics;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests
{
    /// <summary>Every descriptor is tracked in the release files and documented, with the same severity.</summary>
    public class DiagnosticCatalogTests
    {
        public static IEnumerable<object[]> Descriptors => DiagnosticDescriptors.All.Select(d => new object[] { d.Id });

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Each_descriptor_is_released_and_documented(string id)
        {
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(id)!;

            Assert.Matches("^GG[0-9]{4}$", id);
            string releases = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "GlossaryGen", "AnalyzerReleases.Unshipped.md"));
            Assert.Matches(new Regex("^" + id + @" \| " + Regex.Escape(descriptor.Category) + @" \| " + descriptor.DefaultSeverity + @" \|", RegexOptions.Multiline), releases);
            string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
            Assert.Contains("## " + id + ": " + descriptor.Title, docs);
            Assert.EndsWith("#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
