using System;
using System.Collections.Generic;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Removes what document conversion leaves in a line (<c>[bookmark: _GoBack]</c>, markdown
    /// <c>**bold**</c> markers), decodes HTML entities and trims whitespace, keeping for every
    /// remaining character the source columns it came from.
    /// </summary>
    internal static class LineCleaner
    {
        private const string BookmarkOpening = "[bookmark:";
        private const int MaxBookmarkLength = 200;
        private const int MaxHtmlTagLength = 300;

        /// <summary>Tags that wrap or break text; a tag of another name is left as text.</summary>
        private static readonly string[] HtmlTextTags =
        {
            "p", "br", "span", "div", "strong", "b", "em", "i", "u", "font", "sup", "sub", "a", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "th", "table", "tbody", "section", "center", "o:p",
        };

        /// <summary>The characters <see cref="ResidueLength"/> and the entity decoding look at: '*' (bold), '&lt;' (a tag), '[' (a bookmark), '&amp;'.</summary>
        private static readonly char[] ResidueStarts = { '*', '<', '[', '&' };

        private static readonly IReadOnlyList<Residue> NoResidue = Array.Empty<Residue>();

        /// <summary>The map of a line copied as it is: segments are immutable, so every such line shares it.</summary>
        private static readonly IReadOnlyList<CleanSegment> WholeLineCopy = new[] { new CleanSegment(0, 0, 0, isCopy: true) };

        /// <summary>The characters that start residue or an entity other than a bookmark: bold and italics, a tag, '&amp;'.</summary>
        private static readonly char[] MarkupStarts = { '*', '<', '&' };

        /// <summary>
        /// Whether the line has nothing to remove or decode: no bold, italics, tag, entity or bookmark, no block mark
        /// after its leading spaces, and not a thematic break.
        /// </summary>
        private static bool IsPlain(string text, SourceLine line)
        {
            int end = line.Start + line.Length;
            if (line.Length == 0 || text.IndexOfAny(MarkupStarts, line.Start, line.Length) >= 0
                || text.IndexOf(BookmarkOpening, line.Start, line.Length, StringComparison.OrdinalIgnoreCase) >= 0
                || IsThematicBreak(text, line.Start, end))
            {
                return false;
            }

            int first = line.Start;
            while (first < end && TextChars.IsSpace(text[first]))
            {
                first++;
            }

            return first == end || MarkdownBlockMarkLength(text, first, end) == 0;
        }

        public static CleanLine Clean(string text, SourceLine line)
        {
            if (IsPlain(text, line))
            {
                // Nearly every line: the clean text is the line itself, trimmed, one copy of the source.
                return Trim(line, line.GetText(text), WholeLineCopy, NoResidue);
            }

            var builder = new StringBuilder(line.Length);
            var segments = new List<CleanSegment>();
            List<Residue>? residue = null;
            bool copying = false;

            int end = line.Start + line.Length;
            int i = line.Start;
            bool atLineStart = true;
            int italicOpening = -1;
            int italicClosing = -1;
            if (IsThematicBreak(text, i, end))
            {
                residue = new List<Residue> { new Residue(text.Substring(i, end - i), 0) };
                i = end;
            }
            else
            {
                FindWholeLineItalic(text, i, end, out italicOpening, out italicClosing);
            }

            while (i < end)
            {
                char c = text[i];
                int column = i - line.Start;
                int residueLength = atLineStart ? MarkdownBlockMarkLength(text, i, end) : 0;
                atLineStart = atLineStart && TextChars.IsSpace(c);
                if (i == italicOpening || i == italicClosing)
                {
                    residueLength = 1;
                }

                if (residueLength == 0)
                {
                    residueLength = ResidueLength(text, i, end);
                }

                if (residueLength > 0)
                {
                    residue ??= new List<Residue>();
                    residue.Add(new Residue(text.Substring(i, residueLength), column));
                    i += residueLength;
                    copying = false;
                    continue;
                }

                if (c == '&')
                {
                    int entityLength = HtmlEntities.TryDecode(text.Substring(i, Math.Min(16, end - i)), 0, out string decoded);
                    if (entityLength > 0)
                    {
                        segments.Add(new CleanSegment(builder.Length, column, entityLength, isCopy: false));
                        builder.Append(decoded);
                        i += entityLength;
                        copying = false;
                        continue;
                    }
                }

                if (!copying)
                {
                    segments.Add(new CleanSegment(builder.Length, column, 0, isCopy: true));
                    copying = true;
                }

                // Past the line's start, only these characters and the italic marks can begin residue or an
                // entity: everything before the next of them is copied as it is.
                int runEnd = atLineStart ? i + 1 : NextSpecial(text, i + 1, end, italicClosing);
                builder.Append(text, i, runEnd - i);
                i = runEnd;
            }

            return Trim(line, builder.ToString(), segments, residue ?? NoResidue);
        }

        /// <summary>The index of the next character from <paramref name="from"/> that may start residue or an entity, or <paramref name="end"/>.</summary>
        private static int NextSpecial(string text, int from, int end, int italicClosing)
        {
            int next = from < end ? text.IndexOfAny(ResidueStarts, from, end - from) : -1;
            if (next < 0)
            {
                next = end;
            }

            return italicClosing >= from && italicClosing < next ? italicClosing : next;
        }

        /// <summary>
        /// A markdown mark that opens a block at the start of a line: a heading (<c>## </c>), a quotation
        /// (<c>&gt; 来源：…</c>), a bullet (<c>- </c>, <c>* </c>, <c>+ </c>). "#if" is text; so is <c>- 12 -</c>, a page number.
        /// </summary>
        private static int MarkdownBlockMarkLength(string text, int index, int end)
        {
            char c = text[index];
            if (c == '>')
            {
                return index + 1 < end && text[index + 1] == ' ' ? 2 : 1;
            }

            if ((c == '-' || c == '*' || c == '+') && index + 2 < end && text[index + 1] == ' ' && !TextChars.IsSpace(text[index + 2]))
            {
                int last = end - 1;
                while (last > index && TextChars.IsSpace(text[last]))
                {
                    last--;
                }

                return text[last] == c ? 0 : 2;
            }

            return MarkdownHeadingLength(text, index, end);
        }

        /// <summary>A markdown heading mark at the start of a line: <c>## 名词解释</c>. "#if" is text, not a mark.</summary>
        private static int MarkdownHeadingLength(string text, int index, int end)
        {
            int i = index;
            while (i < end && i - index < 6 && text[i] == '#')
            {
                i++;
            }

            return i > index && i < end && text[i] == ' ' ? i - index + 1 : 0;
        }

        /// <summary>
        /// A markdown thematic break (<c>---</c>, <c>***</c>, <c>___</c>, spaces allowed): a rule drawn between
        /// parts of a page, never text of an entry.
        /// </summary>
        private static bool IsThematicBreak(string text, int start, int end)
        {
            char mark = '\0';
            int count = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (TextChars.IsSpace(c))
                {
                    continue;
                }

                if ((c != '-' && c != '*' && c != '_') || (mark != '\0' && c != mark))
                {
                    return false;
                }

                mark = c;
                count++;
            }

            return count >= 3;
        }

        /// <summary>
        /// <c>*本文来源：某县人民政府网*</c>: single asterisks around a whole line are markdown italics. A bullet
        /// (<c>* 项</c>) or bold (<c>**</c>) is not; the positions are -1 when the line is not such a line.
        /// </summary>
        private static void FindWholeLineItalic(string text, int start, int end, out int opening, out int closing)
        {
            opening = -1;
            closing = -1;
            while (start < end && TextChars.IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end - start < 3 || text[start] != '*' || text[end - 1] != '*'
                || text[start + 1] == '*' || TextChars.IsSpace(text[start + 1]) || text[end - 2] == '*' || TextChars.IsSpace(text[end - 2]))
            {
                return;
            }

            opening = start;
            closing = end - 1;
        }

        /// <summary>
        /// An HTML tag of text markup left by copying a page's source (<c>&lt;p&gt;</c>, <c>&lt;/strong&gt;</c>,
        /// <c>&lt;span style="…"&gt;</c>, <c>&lt;br/&gt;</c>): only the names of tags that wrap or break text, so
        /// <c>收入&lt;1000万元</c> stays text. Its length, or 0.
        /// </summary>
        private static int HtmlTagLength(string text, int index, int end)
        {
            int i = index + 1;
            if (i < end && text[i] == '/')
            {
                i++;
            }

            int nameStart = i;
            while (i < end && i - nameStart < 10 && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= '0' && text[i] <= '9') || text[i] == ':'))
            {
                i++;
            }

            if (i == nameStart || Array.IndexOf(HtmlTextTags, text.Substring(nameStart, i - nameStart).ToLowerInvariant()) < 0)
            {
                return 0;
            }

            int limit = Math.Min(end, index + MaxHtmlTagLength);
            if (i < limit && text[i] != '>' && text[i] != '/' && !TextChars.IsSpace(text[i]))
            {
                return 0;
            }

            for (; i < limit; i++)
            {
                if (text[i] == '>')
                {
                    return i - index + 1;
                }

                if (text[i] == '<')
                {
                    return 0;
                }
            }

            return 0;
        }

        private static int ResidueLength(string text, int index, int end)
        {
            char c = text[index];
            if (c == '*' && index + 1 < end && text[index + 1] == '*')
            {
                return 2;
            }

            if (c == '<')
            {
                int tag = HtmlTagLength(text, index, end);
                if (tag > 0)
                {
                    return tag;
                }
            }

            if (c == '[' && end - index > BookmarkOpening.Length
                && string.Compare(text, index, BookmarkOpening, 0, BookmarkOpening.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                int limit = Math.Min(end, index + MaxBookmarkLength);
                for (int i = index + BookmarkOpening.Length; i < limit; i++)
                {
                    if (text[i] == ']')
                    {
                        return i - index + 1;
                    }
                }
            }

            return 0;
        }

        private static CleanLine Trim(SourceLine line, string text, IReadOnlyList<CleanSegment> segments, IReadOnlyList<Residue> residue)
        {
            int first = 0;
            int last = text.Length;
            while (first < last && TextChars.IsSpace(text[first]))
            {
                first++;
            }

            while (last > first && TextChars.IsSpace(text[last - 1]))
            {
                last--;
            }

            return new CleanLine(line, text.Substring(first, last - first), segments, first, residue);
        }
    }
}
