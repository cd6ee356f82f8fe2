using System.Text;

namespace GlossaryGen.Emitting
{
    /// <summary>
    /// Writes indented C# with '\n' line endings whatever the platform, so the generated text is
    /// byte-identical on every machine.
    /// </summary>
    internal sealed class CodeWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                for (int i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        /// <summary>Writes a preprocessor directive at the start of the line, where readers look for them.</summary>
        public void Directive(string text) => _builder.Append(text).Append('\n');

        /// <summary>Writes <paramref name="header"/>, then an opening brace, and indents until <see cref="Close"/>.</summary>
        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public void Indent() => _indent++;

        public void Outdent() => _indent--;

        public override string ToString() => _builder.ToString();
    }
}
