using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen.Corpus
{
    /// <summary>A report handed to the generator as an AdditionalFile, decoded the way the compiler decodes it.</summary>
    internal sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path, byte[] bytes)
        {
            Path = path;
            _text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: true);
        }

        public override string Path { get; }

        public string Content => _text.ToString();

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
