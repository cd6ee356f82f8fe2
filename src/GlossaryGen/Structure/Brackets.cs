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

        /// <summary>Every character <see cref="Feed"/> reacts to: a text without any is all at the top level.</summary>
        public static readonly char[] Marks = "\"“”‘’（）()【】《》〔〕「」『』〈〉[]".ToCharArray();

        // Created at the first opener: most texts hold none, and every split and search starts a tracker.
        private Stack<char>? _expectedClosers;
        private int _untrackedDepth;

        public int Depth => (_expectedClosers?.Count ?? 0) + _untrackedDepth;

        public bool AtTopLevel => Depth == 0;

        /// <summary>Whether <paramref name="text"/> holds no quote or bracket: then every position in it is at the top level.</summary>
        public static bool AllTopLevel(string text) => text.IndexOfAny(Marks) < 0;

        /// <summary>Feeds one character; returns true when the character itself opened or closed a span.</summary>
        public bool Feed(char c)
        {
            if (!IsMark(c))
            {
                return false;
            }

            if (c == '"')
            {
                if (_expectedClosers != null && _expectedClosers.Count > 0 && _expectedClosers.Peek() == '"')
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

        /// <summary>
        /// A cheap test that rules out almost every character before the full one: the marks are ASCII quotes and
        /// brackets, the curly quotes U+2018–U+201D, the CJK brackets U+3008–U+3015 and the fullwidth parentheses.
        /// </summary>
        private static bool IsMark(char c)
            => c < '\u2018' ? c == '"' || c == '(' || c == ')' || c == '[' || c == ']'
                : c <= '\u201D' || (c >= '\u3008' && c <= '\u3015') || c == '\uFF08' || c == '\uFF09';

        private static bool IsCloser(char c)
            => c == '”' || c == '’' || c == '）' || c == ')' || c == '】' || c == '》' || c == '〕' || c == '」' || c == '』' || c == '〉' || c == ']';

        private void Open(char closer)
        {
            _expectedClosers ??= new Stack<char>();
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

            if (_expectedClosers == null || _expectedClosers.Count == 0 || !_expectedClosers.Contains(closer))
            {
                return;
            }

            while (_expectedClosers.Count > 0 && _expectedClosers.Pop() != closer)
            {
            }
        }
    }
}
