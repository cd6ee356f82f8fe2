using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>
    /// Build properties and per-file metadata as MSBuild would pass them through the generated
    /// .editorconfig (<c>build_property.X</c>, <c>build_metadata.AdditionalFiles.X</c>).
    /// </summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ImmutableDictionary<string, TestOptions> _fileOptions;

        public TestOptionsProvider(IDictionary<string, string>? global = null, IDictionary<string, IDictionary<string, string>>? perFile = null)
        {
            GlobalOptions = new TestOptions(global ?? new Dictionary<string, string>());
            var files = ImmutableDictionary.CreateBuilder<string, TestOptions>();
            if (perFile != null)
            {
                foreach (KeyValuePair<string, IDictionary<string, string>> pair in perFile)
                {
                    files[pair.Key] = new TestOptions(pair.Value);
                }
            }

            _fileOptions = files.ToImmutable();
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _fileOptions.TryGetValue(textFile.Path, out TestOptions? options) ? options : TestOptions.Empty;

        private sealed class TestOptions : AnalyzerConfigOptions
        {
            public static readonly TestOptions Empty = new TestOptions(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public TestOptions(IDictionary<string, string> values)
            {
                _values = new Dictionary<string, string>(values);
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
