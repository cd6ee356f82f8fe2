using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Maps terms to C# identifiers. A term that is already an identifier (六零, 三送三解三优) is used as
    /// it is; anything else gets a readable, deterministic spelling, documented in docs/identifiers.md:
    /// <list type="bullet">
    /// <item><c>×</c> becomes <c>x</c> (省“4×4”现代化产业体系 → 省4x4现代化产业体系);</item>
    /// <item><c>+</c> becomes <c>Plus</c>, <c>%</c> <c>Percent</c>, <c>&amp;</c> <c>And</c> (脱贫群众“3+1” → 脱贫群众3Plus1);</item>
    /// <item>quote marks and invisible formatting characters are dropped;</item>
    /// <item>any other run of punctuation or spaces becomes one <c>_</c> (香零山路（一期） → 香零山路_一期);</item>
    /// <item>a leading digit gets a <c>_</c> prefix (“2614”工作法 → _2614工作法), a keyword an <c>@</c> (class → @class);</item>
    /// <item>a term with nothing usable left becomes <c>Entry</c> and its 1-based position in <c>All</c>.</item>
    /// </list>
    /// </summary>
    internal static class IdentifierMapper
    {
        /// <summary>Long identifiers are cut here: metadata names have a byte limit, and readers have theirs.</summary>
        public const int MaxLength = 64;

        public static string FromTerm(string term, int entryIndex)
        {
            var builder = new StringBuilder(term.Length);
            bool pendingSeparator = false;
            foreach (char c in term)
            {
                string? replacement = Replacement(c);
                if (replacement == null)
                {
                    if (IsDropped(c))
                    {
                        continue;
                    }

                    if (IsIdentifierPart(c))
                    {
                        AppendPart(builder, c.ToString(), ref pendingSeparator);
                    }
                    else
                    {
                        pendingSeparator = builder.Length > 0;
                    }
                }
                else
                {
                    AppendPart(builder, replacement, ref pendingSeparator);
                }
            }

            string identifier = builder.ToString();
            if (identifier.Length > MaxLength)
            {
                identifier = identifier.Substring(0, char.IsHighSurrogate(identifier[MaxLength - 1]) ? MaxLength - 1 : MaxLength).TrimEnd('_');
            }

            if (identifier.Length == 0)
            {
                return "Entry" + (entryIndex + 1).ToString(CultureInfo.InvariantCulture);
            }

            if (!IsIdentifierStart(identifier[0]))
            {
                identifier = "_" + identifier;
            }

            return EscapeKeyword(identifier);
        }

        /// <summary>Whether <paramref name="name"/> can be used as a type or member name as it is.</summary>
        public static bool IsValidIdentifier(string name)
        {
            if (name.Length == 0 || !IsIdentifierStart(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!IsIdentifierPart(c))
                {
                    return false;
                }
            }

            return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
        }

        /// <summary>Whether <paramref name="name"/> is a dotted sequence of valid identifiers.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Turns a file name into a class name: <c>yiyang-2024.glossary.txt</c> → <c>Yiyang2024</c>,
        /// <c>益阳.glossary.txt</c> → <c>益阳</c>.
        /// </summary>
        public static string FromFileName(string fileName)
        {
            string stem = fileName;
            foreach (string suffix in new[] { ".glossary.txt", ".txt", ".md" })
            {
                if (stem.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase) && stem.Length > suffix.Length)
                {
                    stem = stem.Substring(0, stem.Length - suffix.Length);
                    break;
                }
            }

            var builder = new StringBuilder(stem.Length);
            bool capitalizeNext = true;
            foreach (char c in stem)
            {
                if (IsIdentifierPart(c) && c != '_')
                {
                    builder.Append(capitalizeNext ? char.ToUpperInvariant(c) : c);
                    capitalizeNext = false;
                }
                else
                {
                    capitalizeNext = true;
                }
            }

            string name = builder.Length == 0 ? "GlossaryFile" : builder.ToString();
            return IsIdentifierStart(name[0]) ? EscapeKeyword(name) : "_" + name;
        }

        private static void AppendPart(StringBuilder builder, string part, ref bool pendingSeparator)
        {
            if (pendingSeparator)
            {
                builder.Append('_');
                pendingSeparator = false;
            }

            builder.Append(part);
        }

        private static string? Replacement(char c)
        {
            switch (c)
            {
                case '×':
                case '✕':
                case '*':
                case '＊':
                    return "x";
                case '+':
                case '＋':
                    return "Plus";
                case '%':
                case '％':
                    return "Percent";
                case '&':
                case '＆':
                    return "And";
                default:
                    return null;
            }
        }

        /// <summary>Quote marks say nothing about the term's name; format characters are invisible.</summary>
        private static bool IsDropped(char c)
            => GlossaryKey.IsQuote(c)
               || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

        private static bool IsIdentifierStart(char c)
            => c == '_' || IsLetter(char.GetUnicodeCategory(c));

        /// <summary>
        /// C#'s identifier characters, less the format characters C# would silently ignore: an
        /// identifier should be exactly what a reader sees.
        /// </summary>
        private static bool IsIdentifierPart(char c)
        {
            UnicodeCategory category = char.GetUnicodeCategory(c);
            return IsLetter(category)
                || category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.ConnectorPunctuation
                || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark;
        }

        private static bool IsLetter(UnicodeCategory category)
            => category == UnicodeCategory.UppercaseLetter
               || category == UnicodeCategory.LowercaseLetter
               || category == UnicodeCategory.TitlecaseLetter
               || category == UnicodeCategory.ModifierLetter
               || category == UnicodeCategory.OtherLetter
               || category == UnicodeCategory.LetterNumber;

        private static string EscapeKeyword(string identifier)
            => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
