namespace GlossaryGen.Parsing
{
    /// <summary>Ordinal look-ups of fixed Chinese phrases (footer openings, column titles) in a line.</summary>
    internal static class PhraseList
    {
        /// <summary>Whether <paramref name="text"/> starts with any of <paramref name="phrases"/>.</summary>
        public static bool StartsWithAny(string text, string[] phrases)
        {
            if (text.Length == 0)
            {
                return System.Array.IndexOf(phrases, string.Empty) >= 0;
            }

            // Comparing the first character first spares a call for nearly every phrase.
            char first = text[0];
            foreach (string phrase in phrases)
            {
                if ((phrase.Length == 0 || phrase[0] == first) && text.StartsWith(phrase, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="text"/> holds any of <paramref name="phrases"/>.</summary>
        public static bool ContainsAny(string text, string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                if (text.IndexOf(phrase, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
