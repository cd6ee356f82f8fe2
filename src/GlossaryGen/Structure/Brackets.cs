using System.Collections.Generic;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Tracks nesting of quotes and brackets while a text is scanned left to right, so that splitting
    /// happens only at the top level. Unbalanced closers are ignored rather than trusted: a stray ” must
    /// not hide the rest of a definition.
    /// </summary>
    internal sealed class Brackets
    {
        // Deeper nesting than this is not real text; capping it keeps mismatched closers linear.
        private const int MaxTrackedDepth = 64;

        private readonly Stack<char> _expectedClosers = new Stack<char>();
        private int _untrackedDepth;

        public int Depth => _expectedClosers.Count + _untrackedDepth;

        public bool AtTopLevel => Depth == 0;

        /// <summary>Feeds one character; returns true when the character itself opened or closed a span.</summary>
        public bool Feed(char c)
        {
            if (c == '"')
            {
                if (_expectedClosers.Count > 0 && _expectedClosers.Peek() == '"')
                {
                    _expectedClosers.Pop();
                }
                else
                {
                    Open('"');
                }

                return true;
            }

            char closer = CloserOf(c);
            if (closer != '\0')
            {
                Open(closer);
                return true;
            }

            if (IsCloser(c))
            {
                Close(c);
                return true;
            }

            return false;
        }

        public static bool IsOpener(char c) => CloserOf(c) != '\0' || c == '"';

        public static char CloserOf(char opener)
        {
            switch (opener)
            {
                case '“': return '”';
                case '‘': return '’';
                case '（': return '）';
                case '(': return ')';
                case '【': return '】';
                case '《': return '》';
                case '〔': return '〕';
                case '「': return '」';
                case '『': return '』';
                case '〈': return '〉';
                case '[': return ']';
                default: return '\0';
            }
        }

        private static bool IsCloser(char c)
            => c == '”' || c == '’' || c == '）' || c == ')' || c == '】' || c == '》' || c == '〕' || c == '」' || c == '』' || c == '〉' || c == ']';

        private void Open(char closer)
        {
            if (_expectedClosers.Count >= MaxTrackedDepth)
            {
                _untrackedDepth++;
                return;
            }

            _expectedClosers.Push(closer);
        }

        private void Close(char closer)
        {
            if (_untrackedDepth > 0)
            {
                _untrackedDepth--;
                return;
            }

            if (_expectedClosers.Count == 0 || !_expectedClosers.Contains(closer))
            {
                return;
            }

            while (_expectedClosers.Count > 0 && _expectedClosers.Pop() != closer)
            {
            }
        }
    }
}
