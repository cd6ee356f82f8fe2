using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// A project the size of a large real user: many glossaries of 益阳-style numbered entries plus ordinary C#,
    /// generated from a fixed seed so every run measures the same input.
    /// </summary>
    internal sealed class SyntheticProject
    {
        // Common characters of report prose: terms drawn from them look like real headings to the parser.
        private const string TermCharacters = "发展改革创新产业工业农业城市乡村生态环境民生服务安全治理科技人才开放合作市场企业金融交通水利文化旅游教育医疗养老就业住房数字经济绿色低碳示范引领先行振兴提升攻坚建设保障优化";
        private const string DefinitionCharacters = "推进实施打造培育建立健全完善加快落实强化深化全面持续统筹协调重点项目平台机制体系能力水平质量效益规模结构布局要素资源政策制度标准服务";

        public SyntheticProject(int glossaryCount, int termsPerGlossary, int sourceFileCount, int seed = 20240101)
        {
            var random = new Random(seed);
            var usedTerms = new HashSet<string>(StringComparer.Ordinal);
            Glossaries = Enumerable.Range(1, glossaryCount)
                .Select(file => (AdditionalText)new InMemoryAdditionalText(
                    $"/project/Glossaries/report-{file:D3}.glossary.txt",
                    GlossaryText(random, usedTerms, termsPerGlossary)))
                .ToImmutableArray();
            TermCount = glossaryCount * termsPerGlossary;
            Sources = Enumerable.Range(1, sourceFileCount)
                .Select(index => CSharpSyntaxTree.ParseText(SourceText(index), ParseOptions, $"/project/Code/Service{index:D3}.cs", Encoding.UTF8))
                .ToImmutableArray();
        }

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12);

        public ImmutableArray<AdditionalText> Glossaries { get; }

        public ImmutableArray<SyntaxTree> Sources { get; }

        public int TermCount { get; }

        public static OptionsProvider Options { get; } = new OptionsProvider(
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["build_property.RootNamespace"] = "Synthetic.Project",
            });

        public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

        public CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> extraTrees) =>
            CSharpCompilation.Create(
                "Synthetic.Project",
                Sources.Concat(extraTrees),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>The same glossary with one entry's definition changed: what a single edit in the IDE produces.</summary>
        public static AdditionalText WithOneLineEdited(AdditionalText glossary, string marker)
        {
            var text = glossary.GetText()!.ToString();
            var lines = text.Split('\n');
            lines[lines.Length / 2] = lines[lines.Length / 2].TrimEnd('。') + marker + "。";
            return new InMemoryAdditionalText(glossary.Path, string.Join("\n", lines));
        }

        private static string GlossaryText(Random random, HashSet<string> usedTerms, int termCount)
        {
            var text = new StringBuilder("名词解释\n");
            for (var number = 1; number <= termCount; number++)
            {
                // Every fifth heading quotes its core, 工业“一主一特” style; cores are unique too, so the project has
                // no conflicting keys and the numbers measure the normal case rather than diagnostics.
                var quoted = number % 5 == 0;
                string term;
                do
                {
                    term = Pick(random, TermCharacters, random.Next(quoted ? 5 : 3, 7));
                }
                while (usedTerms.Contains(term) || (quoted && usedTerms.Contains(term.Substring(2))));

                usedTerms.Add(term);
                if (quoted)
                {
                    usedTerms.Add(term.Substring(2));
                }

                var heading = quoted ? term.Substring(0, 2) + "“" + term.Substring(2) + "”" : term;
                var items = Enumerable.Range(0, random.Next(2, 7)).Select(_ => Pick(random, DefinitionCharacters, random.Next(4, 10)));
                text.Append('[').Append(number).Append(']').Append(heading).Append('：').Append(string.Join("、", items)).Append("。\n");
            }

            return text.ToString();
        }

        private static string Pick(Random random, string characters, int length)
        {
            var picked = new char[length];
            for (var i = 0; i < length; i++)
            {
                picked[i] = characters[random.Next(characters.Length)];
            }

            return new string(picked);
        }

        private static string SourceText(int index) => $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Synthetic.Project.Code
            {
                public sealed class Service{{index:D3}}
                {
                    private readonly List<string> _items = new List<string>();

                    public int Count => _items.Count;

                    public void Add(string item)
                    {
                        if (string.IsNullOrWhiteSpace(item))
                        {
                            throw new ArgumentException("An item needs text.", nameof(item));
                        }

                        _items.Add(item.Trim());
                    }

                    public IReadOnlyList<string> Sorted() => _items.OrderBy(item => item, StringComparer.Ordinal).ToList();
                }
            }
            """;

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
            return platform
                .Append(typeof(GlossaryEntry).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
