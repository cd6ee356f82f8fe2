using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Emitting
{
    /// <summary>
    /// Writes <c>IndexOfKey</c>: a switch on the key's length, then on the character that best tells
    /// the keys of that length apart, then one ordinal comparison per candidate. A plain
    /// <c>switch (key)</c> over every key reads better but costs the compiler time that grows
    /// quadratically with the number of keys (minutes for 10,000 terms), and hashes the whole
    /// argument before it can reject a miss.
    /// </summary>
    internal static class KeyDispatchEmitter
    {
        /// <summary>Below this many candidates, comparing each is cheaper than another switch.</summary>
        private const int MaxCandidatesCompared = 4;

        public static void Emit(CodeWriter writer, GlossaryModel model)
        {
            writer.Line("/// <summary>");
            writer.Line("/// Maps a normalized key to the position of its entry in <see cref=\"All\"/>, or -1: a switch on the");
            writer.Line("/// length, then on a character, then an ordinal comparison.");
            writer.Line("/// </summary>");
            writer.Open("private static int IndexOfKey(string key)");
            writer.Open("switch (key.Length)");
            foreach (IGrouping<int, LookupKey> sameLength in model.Keys.GroupBy(k => k.Key.Length).OrderBy(g => g.Key))
            {
                writer.Line("case " + Int(sameLength.Key) + ":");
                writer.Indent();
                EmitDispatch(writer, model, sameLength.OrderBy(k => k.Key, System.StringComparer.Ordinal).ToList(), sameLength.Key, new HashSet<int>());
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            writer.Line("return -1;");
            writer.Outdent();
            writer.Close();
            writer.Close();
        }

        private static void EmitDispatch(CodeWriter writer, GlossaryModel model, List<LookupKey> keys, int length, HashSet<int> testedPositions)
        {
            int position = keys.Count <= MaxCandidatesCompared ? -1 : BestPosition(keys, length, testedPositions);
            if (position < 0)
            {
                foreach (LookupKey key in keys)
                {
                    writer.Line("if (key == " + SafeText.Literal(key.Key) + ") return " + Int(key.EntryIndex) + "; // " + SafeText.Comment(model.Entries[key.EntryIndex].Heading));
                }

                writer.Line("return -1;");
                return;
            }

            writer.Open("switch (key[" + Int(position) + "])");
            var tested = new HashSet<int>(testedPositions) { position };
            foreach (IGrouping<char, LookupKey> sameChar in keys.GroupBy(k => k.Key[position]).OrderBy(g => g.Key))
            {
                writer.Line("case " + SafeText.CharLiteral(sameChar.Key) + ":");
                writer.Indent();
                EmitDispatch(writer, model, sameChar.ToList(), length, tested);
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            writer.Line("return -1;");
            writer.Outdent();
            writer.Close();
        }

        /// <summary>The untested position with the most distinct characters (the first on ties); -1 when none splits the keys.</summary>
        private static int BestPosition(List<LookupKey> keys, int length, HashSet<int> testedPositions)
        {
            int best = -1;
            int bestDistinct = 1;
            for (int position = 0; position < length; position++)
            {
                if (testedPositions.Contains(position))
                {
                    continue;
                }

                int distinct = keys.Select(k => k.Key[position]).Distinct().Count();
                if (distinct > bestDistinct)
                {
                    best = position;
                    bestDistinct = distinct;
                }
            }

            return best;
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
