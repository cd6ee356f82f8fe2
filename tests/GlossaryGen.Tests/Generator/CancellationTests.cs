using System;
using System.Linq;
using System.Threading;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    public class CancellationTests
    {
        [Fact]
        public void A_cancelled_build_stops_instead_of_reporting_a_failure()
        {
            var large = new InMemoryAdditionalText("/p/large.glossary.txt", string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i}.“术语{i}”：释义{i}。\n")));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { large });
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(string.Empty, LanguageVersion.Latest, NullableContextOptions.Enable);
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
        }

        [Fact]
        public void The_parser_honours_cancellation()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => GlossaryGen.Parsing.GlossaryParser.Parse("名词解释\n1.六零：零门槛。\n", "a.txt", cancellation.Token));
        }
    }
}
