using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>The two seed reports that have glossaries, as AdditionalFiles.</summary>
    internal static class Seeds
    {
        public const string Yiyang = "yiyang-2024.txt";
        public const string Lingling = "lingling-2024.txt";

        public static string Text(string fileName) => File.ReadAllText(RepositoryPaths.Report(fileName));

        /// <summary>The seed reports renamed to *.glossary.txt, so that no metadata is needed.</summary>
        public static AdditionalText[] GlossaryFiles() => new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/Reports/yiyang-2024.glossary.txt", Text(Yiyang)),
            new InMemoryAdditionalText("/project/Reports/lingling-2024.glossary.txt", Text(Lingling)),
        };

        /// <summary>Options that name the per-file classes, as the sample does.</summary>
        public static TestOptionsProvider Options(IDictionary<string, string>? global = null)
            => new TestOptionsProvider(global ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
    }
}
