using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    public class OptionsTests
    {
        private static readonly AdditionalText[] Glossary =
        {
            new InMemoryAdditionalText("/project/a.glossary.txt", "1.“六零”：零门槛、零跑腿。\n"),
        };

        [Fact]
        public void Namespace_class_name_and_accessibility_can_be_set()
        {
            GeneratorRun run = Run(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Ignored",
                ["build_property.GlossaryGen_Namespace"] = "Reports.Terms",
                ["build_property.GlossaryGen_ClassName"] = "名词解释",
                ["build_property.GlossaryGen_Accessibility"] = "Internal",
            });

            string source = run.Source("名词解释.g.cs");
            Assert.Contains("namespace Reports.Terms", source);
            Assert.Contains("internal static partial class 名词解释", source);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void The_root_namespace_is_the_default()
        {
            Assert.Contains("namespace My.App", Run(new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App" }).Source("Glossary.g.cs"));
        }

        [Fact]
        public void Without_a_root_namespace_the_assembly_name_is_used()
        {
            GeneratorRun run = GeneratorHarness.Run(Glossary, assemblyName: "my-app.Core");
            Assert.Contains("namespace MyApp.Core", run.Source("Glossary.g.cs"));
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData("GlossaryGen_Namespace", "My..App")]
        [InlineData("GlossaryGen_ClassName", "class")]
        [InlineData("GlossaryGen_ClassName", "Two Words")]
        [InlineData("GlossaryGen_Accessibility", "protected")]
        public void Invalid_values_are_reported_and_defaults_used(string property, string value)
        {
            GeneratorRun run = Run(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property." + property] = value,
            });

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("GG0301", diagnostic.Id);
            Assert.StartsWith($"The value '{value}' of {property} is not valid", diagnostic.GetMessage());
            string source = run.Source("Glossary.g.cs");
            Assert.Contains("namespace Consumer", source);
            Assert.Contains("public static partial class Glossary", source);
            Assert.Empty(run.CompilationProblems);
        }

        private static GeneratorRun Run(Dictionary<string, string> global)
            => GeneratorHarness.Run(Glossary, options: new TestOptionsProvider(global));
    }
}
