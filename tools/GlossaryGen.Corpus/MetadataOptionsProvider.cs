using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GlossaryGen.Corpus
{
    /// <summary>
    /// The options a build passes for <c>&lt;AdditionalFiles Include="…" Glossary="true" /&gt;</c>: every
    /// AdditionalFile carries the Glossary metadata, as README advises for whole reports.
    /// </summary>
    internal sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options NoOptions = new Options(new Dictionary<string, string>());

        private readonly Options _fileOptions;

        public MetadataOptionsProvider(string glossaryMetadata)
        {
            _fileOptions = new Options(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.Glossary"] = glossaryMetadata,
            });
        }

        public override AnalyzerConfigOptions GlobalOptions => NoOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
