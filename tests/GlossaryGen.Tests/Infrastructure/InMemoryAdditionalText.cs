using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>An AdditionalFile held in memory, as the compiler would hand it to the generator.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryAdditionalText(string path, string? text)
            : this(path, text == null ? null : SourceText.From(text, System.Text.Encoding.UTF8))
        {
        }

        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
