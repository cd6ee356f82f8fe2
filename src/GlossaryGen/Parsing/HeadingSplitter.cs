namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Finds the heading at the start of a line's text and where its definition begins. Separators are
    /// tried in order: a colon, a closing quote with nothing after it, a single space, and the heading alone.
    /// </summary>
    internal static class HeadingSplitter
    {
        private const int MaxSpaceSeparatedHeadingLength = 20;

        /// <summary>An unquoted heading ended by a full stop is a few characters: longer, it is a sentence.</summary>
        private const int MaxUnquotedFullStopHeadingLength = 8;

        /// <summary>What a closing quote may leave after it on a heading-only line: <c>支出</c>, <c>经费</c>.</summary>
        private const int MaxTailLength = 10;

        /// <summary>A heading guessed without a separator is short: a term, not a clause.</summary>
        private const int MaxGuessedHeadingLength = 20;

        /// <summary>指 and 即 that begin words (指标, 指数, 即将…) rather than a definition.</summary>
        private const string NotWordStarter = "标数挥导南引令定示使向出将便时刻";

        /// <param name="text">The line's text after its numbering, trimmed.</param>
        /// <param name="numbered">
        /// Whether the line had a number: then it is certainly an entry and the heading may be longer and hold
        /// '、' (<c>3个国铁、9个城际…</c>); an unnumbered line could also be prose, so its heading is held to less.
        /// </param>
        public static HeadingSplit Split(string text, bool numbered)
        {
            int maxLength = numbered ? ParserLimits.MaxHeadingLength : ParserLimits.MaxUnnumberedHeadingLength;
            if (text.Length == 0)
            {
                return default;
            }

            HeadingSplit split = SplitAfterBracketedTerm(text, maxLength, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtColon(text, maxLength, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtDash(text, maxLength, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAfterQuote(text, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtSpace(text, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            if (IsHeadingText(text, 0, text.Length, maxLength, numbered))
            {
                return new HeadingSplit(SeparatorKind.LineBreak, text.Length, text.Length);
            }

            // A numbered line is certainly an entry: when no separator is certain, the likeliest is taken
            // and reported, rather than the line skipped.
            return numbered ? GuessNumberedSplit(text) : default;
        }

        private static HeadingSplit GuessNumberedSplit(string text)
        {
            HeadingSplit split = SplitAtCommaBeforeDefinitionWord(text);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtFullStop(text);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtColonAfterClause(text);
            return split.IsHeading ? split : SplitAtDefinitionWord(text);
        }

        /// <summary>Whether a definition opens with a word that introduces it: 即, 指, 是指, 是, 为.</summary>
        public static bool StartsWithDefinitionPrefix(string text, int start)
        {
            if (start >= text.Length)
            {
                return false;
            }

            char c = text[start];
            return c == '\u5373' || c == '\u6307' || c == '\u662F' || c == '\u4E3A';
        }

        private static HeadingSplit SplitAtColon(string text, int maxLength, bool numbered)
        {
            int colon = IndexOfTopLevelColon(text, maxLength + 1);
            if (colon < 0)
            {
                return default;
            }

            int headingEnd = TrimEnd(text, colon);
            if (!IsHeadingText(text, 0, headingEnd, maxLength, numbered, colonsAreQuoted: true))
            {
                return default;
            }

            // "BT、BOT（1）BT：即…": the definition's list starts inside what looked like the heading.
            int list = IndexOfListOpening(text, headingEnd);
            if (list > 0)
            {
                return new HeadingSplit(SeparatorKind.Space, TrimEnd(text, list), list);
            }

            // "第三方物流与国际物流 第三方物流：…": a space between Chinese words ends the heading before the colon.
            if (HasSpaceBetweenChineseWords(text, headingEnd))
            {
                return default;
            }

            // "农村“六清六建”即：…": the word that introduces the definition is not part of the term.
            headingEnd = WithoutTrailingDefinitionWord(text, headingEnd);

            return new HeadingSplit(SeparatorKind.Colon, headingEnd, SkipSpaces(text, colon + 1));
        }

        private static int WithoutTrailingDefinitionWord(string text, int end)
        {
            int cut = end >= 4 && text[end - 2] == '\u662F' && text[end - 1] == '\u6307' ? end - 2 // 是指
                : end >= 3 && (text[end - 1] == '\u5373' || text[end - 1] == '\u6307') && TextChars.IsQuote(text[end - 2]) ? end - 1 // ”即, ”指
                : end;
            return TrimEnd(text, cut);
        }

        /// <summary>Where a list item numbered 1 (<c>（1）</c>, <c>(1)</c>, <c>①</c>) opens after some heading text, or -1.</summary>
        private static int IndexOfListOpening(string text, int end)
        {
            for (int i = 2; i < end; i++)
            {
                char c = text[i];
                bool opens = c == '\u2460' // ①
                    || ((c == '\uFF08' || c == '(') && i + 2 < end && text[i + 1] == '1' && (text[i + 2] == '\uFF09' || text[i + 2] == ')'));
                if (opens)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool HasSpaceBetweenChineseWords(string text, int end)
        {
            var scanner = new QuoteScanner();
            for (int i = 1; i + 1 < end; i++)
            {
                scanner.Advance(text[i - 1]);
                if (scanner.IsTopLevel && TextChars.IsSpace(text[i]) && TextChars.IsCjk(text[i - 1]) && TextChars.IsCjk(SkipSpacesAt(text, i, end)))
                {
                    return true;
                }
            }

            return false;
        }

        private static char SkipSpacesAt(string text, int i, int end)
        {
            while (i < end && TextChars.IsSpace(text[i]))
            {
                i++;
            }

            return i < end ? text[i] : ' ';
        }

        private static HeadingSplit SplitAfterQuote(string text, bool numbered)
        {
            int end = EndOfLeadingQuotation(text, ParserLimits.MaxUnnumberedHeadingLength);
            if (end <= 0 || end >= text.Length)
            {
                return default;
            }

            // "七办 指…“一窗通办”": a space before the quotation separates the heading; the quote is in the definition.
            // "“811”环境保护新三年行动 浙江省…": a space soon after it, with no punctuation between, ends the heading.
            if (IndexOfSpace(text, 0, end) >= 0 || SpaceEndsHeadingAfter(text, end, numbered))
            {
                return default;
            }

            // "启动…“双高计划”项目建设，推进…建设：…": the colon, not the quote, ends this heading.
            if (numbered && SplitAtColonAfterClause(text).IsHeading)
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, end);
            if (definitionStart >= text.Length || TextChars.IsClausePunctuation(text[definitionStart]) || TextChars.IsColon(text[definitionStart]))
            {
                return default;
            }

            // "“三保”支出" alone on its line is a heading whose definition follows; a definition is no
            // short unpunctuated tail.
            if (IsShortTail(text, definitionStart))
            {
                return default;
            }

            if (!IsHeadingText(text, 0, end, ParserLimits.MaxUnnumberedHeadingLength, numbered))
            {
                // "“四好农村路”“建好、管好…”农村公路": a run of quotations that is no heading; the first one is.
                int first = EndOfFirstQuotation(text);
                if (first <= 0 || first >= end || !IsHeadingText(text, 0, first, ParserLimits.MaxUnnumberedHeadingLength, numbered))
                {
                    return default;
                }

                end = first;
                definitionStart = end;
            }

            return new HeadingSplit(SeparatorKind.ClosingQuote, end, definitionStart);
        }

        private static HeadingSplit SplitAtSpace(string text, bool numbered)
        {
            int maxLength = numbered ? ParserLimits.MaxUnnumberedHeadingLength : MaxSpaceSeparatedHeadingLength;
            int space = 0;
            while (space < text.Length && space <= maxLength && !TextChars.IsSpace(text[space]))
            {
                space++;
            }

            if (space == 0 || space >= text.Length || space > maxLength || !TextChars.IsSpace(text[space]))
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, space);
            // 、 may join names here (两不愁、三保障 指…): the reader accepts a space-separated heading after
            // another entry only when the list's shape says so.
            if (definitionStart >= text.Length || !IsHeadingText(text, 0, space, maxLength, numbered, joinsNames: true))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.Space, space, definitionStart);
        }

        /// <summary>
        /// <c>六稳，指稳就业…</c>: a short heading, a comma, and the definition opening with 指, 即 or 是指 as a
        /// word of its own (not <c>指导</c>). The first comma only, so a clause before it is never a heading.
        /// </summary>
        private static HeadingSplit SplitAtCommaBeforeDefinitionWord(string text)
        {
            int comma = text.IndexOf('\uFF0C');
            if (comma <= 0 || comma > MaxGuessedHeadingLength || !IsHeadingText(text, 0, comma, MaxGuessedHeadingLength, numbered: true))
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, comma + 1);
            int word = string.CompareOrdinal(text, definitionStart, "\u662F\u6307", 0, 2) == 0 ? definitionStart + 1 : definitionStart;
            bool opensDefinition = word < text.Length - 1
                && (text[word] == '\u6307' || text[word] == '\u5373')
                && NotWordStarter.IndexOf(text[word + 1]) < 0;
            return opensDefinition
                ? new HeadingSplit(SeparatorKind.Comma, TrimEnd(text, comma), definitionStart, isGuess: true)
                : default;
        }

        /// <summary>
        /// <c>“六个精准”。扶贫对象精准…</c>: a heading, a full stop, then the definition. The heading must look
        /// like a term, quoted or a few characters, since a numbered note is a sentence ending the same way
        /// (<c>[1]本公报中数据均为初步统计数。…</c>).
        /// </summary>
        private static HeadingSplit SplitAtFullStop(string text)
        {
            int stop = text.IndexOf('\u3002');
            if (stop <= 0 || stop > MaxGuessedHeadingLength || stop + 1 >= text.Length
                || !IsHeadingText(text, 0, stop, MaxGuessedHeadingLength, numbered: true)
                || (stop > MaxUnquotedFullStopHeadingLength && EndOfFirstQuotation(text) < 0))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.FullStop, stop, SkipSpaces(text, stop + 1), isGuess: true);
        }

        /// <summary>
        /// <c>启动2所高职院校“双高计划”项目建设，推进3所高水平技师学院建设：…</c>: a colon after a heading
        /// that holds a comma. Only for numbered lines, and not when the text before the colon is already a
        /// definition (<c>“两个确保”指…，…：</c>).
        /// </summary>
        private static HeadingSplit SplitAtColonAfterClause(string text)
        {
            int colon = IndexOfTopLevelColon(text, ParserLimits.MaxHeadingLength + 1);
            if (colon <= 0)
            {
                return default;
            }

            int headingEnd = TrimEnd(text, colon);
            bool hasComma = false;
            var scanner = new QuoteScanner();
            for (int i = 0; i < headingEnd; i++)
            {
                char c = text[i];
                if (scanner.IsTopLevel)
                {
                    if (c == '\uFF0C')
                    {
                        hasComma = true;
                    }
                    else if (TextChars.IsClausePunctuation(c) && c != '\u3001')
                    {
                        return default;
                    }
                    else if (i > 0 && TextChars.IsQuote(text[i - 1]) && StartsWithDefinitionPrefix(text, i))
                    {
                        return default;
                    }
                }

                scanner.Advance(c);
            }

            return hasComma
                ? new HeadingSplit(SeparatorKind.Colon, headingEnd, SkipSpaces(text, colon + 1), isGuess: true)
                : default;
        }

        /// <summary><c>紫线是指…</c>, <c>万村千乡市场工程指…</c>: no separator, but a word that opens a definition.</summary>
        private static HeadingSplit SplitAtDefinitionWord(string text)
        {
            int limit = text.Length < MaxGuessedHeadingLength + 2 ? text.Length : MaxGuessedHeadingLength + 2;
            int at = text.IndexOf("\u662F\u6307", 0, limit, System.StringComparison.Ordinal); // 是指
            if (at < 0)
            {
                for (int i = 2; i < limit; i++)
                {
                    if ((text[i] == '\u6307' || text[i] == '\u5373') && i + 1 < text.Length && NotWordStarter.IndexOf(text[i + 1]) < 0)
                    {
                        at = i;
                        break;
                    }
                }
            }

            if (at < 2 || !IsHeadingText(text, 0, at, MaxGuessedHeadingLength, numbered: true))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.DefinitionWord, at, at, isGuess: true);
        }

        /// <summary>Whether the words after a quotation run on to a space that ends the heading there.</summary>
        private static bool SpaceEndsHeadingAfter(string text, int quoteEnd, bool numbered)
        {
            if (quoteEnd >= text.Length || TextChars.IsSpace(text[quoteEnd]))
            {
                return false;
            }

            HeadingSplit space = SplitAtSpace(text, numbered);
            return space.IsHeading && space.HeadingLength > quoteEnd;
        }

        private static bool Enumerates(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] == '\u3001' || TextChars.IsClausePunctuation(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsShortTail(string text, int start)
        {
            if (text.Length - start > MaxTailLength)
            {
                return false;
            }

            for (int i = start; i < text.Length; i++)
            {
                if (TextChars.IsClausePunctuation(text[i]) || TextChars.EndsSentence(text[i]) || TextChars.IsSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The end of the line's first quotation, or -1.</summary>
        private static int EndOfFirstQuotation(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (TextChars.StartsQuotation(text[i]))
                {
                    int close = QuoteScanner.IndexOfClosing(text, i, text.Length);
                    return close < 0 ? -1 : close + 1;
                }
            }

            return -1;
        }

        private static int IndexOfSpace(string text, int start, int end)
        {
            for (int i = start; i < end && !TextChars.StartsQuotation(text[i]); i++)
            {
                if (TextChars.IsSpace(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The end of the first quotation when the heading holds one: after its closing mark, extended over
        /// quotations that follow at once (<c>“三减少”“三加强”</c>). Returns -1 when there is none within reach.
        /// </summary>
        private static int EndOfLeadingQuotation(string text, int maxLength)
        {
            int limit = text.Length < maxLength ? text.Length : maxLength;
            int i = 0;
            while (i < limit && !TextChars.StartsQuotation(text[i]))
            {
                if (TextChars.IsClausePunctuation(text[i]) || TextChars.IsColon(text[i]))
                {
                    return -1;
                }

                i++;
            }

            int end = -1;
            while (i < limit && TextChars.StartsQuotation(text[i]))
            {
                int close = QuoteScanner.IndexOfClosing(text, i, limit);
                if (close < 0)
                {
                    return end;
                }

                // "“三纵五横”“三纵”指…": a quotation followed by 指 opens the definition, not the heading;
                // "“四好农村路”“建好、管好…”": so does a quotation that enumerates.
                if (end > 0 && (StartsWithDefinitionPrefix(text, close + 1) || Enumerates(text, i + 1, close)))
                {
                    return end;
                }

                end = close + 1;
                i = end;
            }

            return end;
        }

        /// <summary>The first ':' or '：' outside quotes and brackets, looked for in the first <paramref name="reach"/> characters.</summary>
        private static int IndexOfTopLevelColon(string text, int reach)
        {
            int limit = text.Length < reach ? text.Length : reach;
            var scanner = new QuoteScanner();
            for (int i = 0; i < limit; i++)
            {
                char c = text[i];
                if (scanner.IsTopLevel && TextChars.IsColon(c))
                {
                    return i;
                }

                scanner.Advance(c);
            }

            return -1;
        }

        private static bool IsHeadingText(string text, int start, int end, int maxLength, bool numbered, bool colonsAreQuoted = false, bool joinsNames = false)
        {
            int length = end - start;
            if (length <= 0 || length > maxLength)
            {
                return false;
            }

            bool hasContent = false;
            var scanner = new QuoteScanner();
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                // Punctuation inside quotes or brackets belongs to a quoted name (“一核三治，共建共享”); an
                // enumeration comma joins names in a numbered heading or one a colon ends (全国百强镇、500亿元俱乐部：).
                bool quoted = !scanner.IsTopLevel;
                scanner.Advance(c);
                bool joins = c == '\u3001' && (numbered || colonsAreQuoted || joinsNames);
                if ((TextChars.IsColon(c) && !colonsAreQuoted) || (TextChars.IsClausePunctuation(c) && !quoted && !joins))
                {
                    return false;
                }

                if (!TextChars.IsQuote(c) && !TextChars.IsSpace(c))
                {
                    hasContent = true;
                }
            }

            // "（市政府办公厅 年鉴处）": a heading closes what it opens; a bracket left open is a note.
            return hasContent && scanner.IsTopLevel;
        }

        /// <summary>
        /// <c>【低空经济】以民用航空器为主…</c>, <c>【六零】：指…</c>: web pages print the term in lenticular brackets
        /// at the start of the line, the definition right after (a colon may come between). The heading is the
        /// text inside the brackets; a bracket alone on its line (a group title) is not split here.
        /// </summary>
        private static HeadingSplit SplitAfterBracketedTerm(string text, int maxLength, bool numbered)
        {
            if (text[0] != '\u3010' && text[0] != '\u3016')
            {
                return default;
            }

            char closingMark = text[0] == '\u3010' ? '\u3011' : '\u3017';
            int reach = text.Length < maxLength + 2 ? text.Length : maxLength + 2;
            int closing = text.IndexOf(closingMark, 1, reach - 1);
            if (closing < 2 || !IsHeadingText(text, 1, closing, maxLength, numbered))
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, closing + 1);
            if (definitionStart < text.Length && TextChars.IsColon(text[definitionStart]))
            {
                definitionStart = SkipSpaces(text, definitionStart + 1);
            }

            return definitionStart < text.Length
                ? new HeadingSplit(SeparatorKind.Bracketed, closing - 1, definitionStart, headingStart: 1)
                : default;
        }

        /// <summary>
        /// <c>口袋公园——指面积…</c>, <c>“三资”——农村集体资金…</c>: a dash of two marks after a heading, as some
        /// glossaries print in place of a colon. Checked before quotes, so a quoted term keeps its dash out.
        /// </summary>
        private static HeadingSplit SplitAtDash(string text, int maxLength, bool numbered)
        {
            int dash = IndexOfTopLevelDash(text, maxLength + 1);
            if (dash <= 0)
            {
                return default;
            }

            int definitionStart = dash;
            while (definitionStart < text.Length && IsDashMark(text[definitionStart]))
            {
                definitionStart++;
            }

            definitionStart = SkipSpaces(text, definitionStart);
            int headingEnd = TrimEnd(text, dash);
            if (definitionStart >= text.Length || !IsHeadingText(text, 0, headingEnd, maxLength, numbered))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.Dash, headingEnd, definitionStart);
        }

        /// <summary>The first pair of dash marks (<c>——</c>, <c>──</c>, <c>－－</c>) outside quotes and brackets.</summary>
        private static int IndexOfTopLevelDash(string text, int reach)
        {
            int limit = text.Length - 1 < reach ? text.Length - 1 : reach;
            var scanner = new QuoteScanner();
            for (int i = 0; i < limit; i++)
            {
                char c = text[i];
                if (scanner.IsTopLevel && IsDashMark(c) && IsDashMark(text[i + 1]))
                {
                    return i;
                }

                scanner.Advance(c);
            }

            return -1;
        }

        private static bool IsDashMark(char c) => c == '\u2014' || c == '\u2500' || c == '\uFF0D';

        private static int TrimEnd(string text, int end)
        {
            while (end > 0 && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static int SkipSpaces(string text, int start)
        {
            while (start < text.Length && TextChars.IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }
    }
}
