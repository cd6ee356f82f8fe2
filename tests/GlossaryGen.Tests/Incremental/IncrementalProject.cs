using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>
    /// A small project of three glossaries and two C# files, driven the way the IDE drives the generator:
    /// one driver kept across edits, with step tracking on.
    /// </summary>
    internal sealed class IncrementalProject
    {
        public const string YiyangPath = "/project/Glossaries/yiyang.glossary.txt";
        public const string LinglingPath = "/project/Glossaries/lingling.glossary.txt";
        public const string ReportPath = "/project/Reports/report-2024.txt";

        public static readonly string Yiyang =
            "[4]三送三解三优：送政策、送温暖、送信心，解基层之难、解企业之难、解群众之难，优作风、优服务、优环境。\n" +
            "[19]六零：负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外企业经营“零收费”，为企服务“零距离”，企业正常经营“零干扰”，损企行为“零容忍”。\n";

        public static readonly string Lingling =
            "1.“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、文化旅游名城、生态宜居新城。\n" +
            "3.工业“一主一特”：新材料、大健康。\n";

        public static readonly string Report =
            "零陵区2024年政府工作报告（节选）\n\n全力推进“五力零陵”建设。\n\n名词解释：\n" +
            "2.“五力零陵”：经济更有实力、发展更有活力、城市更有张力、文旅更有魅力、幸福更加给力。\n";

        public static readonly string ServiceCode = "namespace Consumer { public static class Service { public static int Answer() => 42; } }\n";

        public IncrementalProject()
        {
            Glossaries = ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText(YiyangPath, Yiyang),
                new InMemoryAdditionalText(LinglingPath, Lingling),
                new InMemoryAdditionalText(ReportPath, Report));
            Options = OptionsWith(null, null);
            Compilation = GeneratorHarness.CreateCompilation(ServiceCode, LanguageVersion.Latest, NullableContextOptions.Enable);
            Driver = GeneratorHarness.CreateDriver(Glossaries, options: Options, trackSteps: true).RunGenerators(Compilation);
        }

        public ImmutableArray<AdditionalText> Glossaries { get; private set; }

        public TestOptionsProvider Options { get; }

        public CSharpCompilation Compilation { get; private set; }

        public GeneratorDriver Driver { get; private set; }

        public GeneratorRunResult LastRun => Driver.GetRunResult().Results.Single();

        /// <summary>The build properties of the project; the report is selected by metadata, as in a csproj.</summary>
        public static TestOptionsProvider OptionsWith(string? property, string? value)
        {
            var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
            if (property != null && value != null)
            {
                global[property] = value;
            }

            return new TestOptionsProvider(
                global,
                new Dictionary<string, IDictionary<string, string>>
                {
                    [ReportPath] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Glossary"] = "true" },
                });
        }

        public GeneratorRunResult RunAfterEditingCSharp(string newCode)
        {
            var tree = Compilation.SyntaxTrees.Single();
            Compilation = Compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(newCode, (CSharpParseOptions)tree.Options, tree.FilePath));
            return Run();
        }

        public GeneratorRunResult RunAfterAddingCSharpFile(string code)
        {
            var options = (CSharpParseOptions)Compilation.SyntaxTrees.Single().Options;
            Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, options, "/project/Added.cs"));
            return Run();
        }

        public GeneratorRunResult RunAfterEditingGlossary(string path, string newText)
        {
            var old = Glossaries.Single(text => text.Path == path);
            var edited = new InMemoryAdditionalText(path, newText);
            Glossaries = Glossaries.Replace(old, edited);
            Driver = Driver.ReplaceAdditionalText(old, edited);
            return Run();
        }

        public GeneratorRunResult RunWithOptions(TestOptionsProvider options)
        {
            Driver = Driver.WithUpdatedAnalyzerConfigOptions(options);
            return Run();
        }

        private GeneratorRunResult Run()
        {
            Driver = Driver.RunGenerators(Compilation);
            return LastRun;
        }
    }
}
