using System;
using System.Collections.Generic;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>How many lines a diff of two texts shows (longest common subsequence of their lines).</summary>
    internal static class LineDiff
    {
        /// <summary>Lines of <paramref name="after"/> that <paramref name="before"/> lacks: what a reviewer reads in the diff.</summary>
        public static int NewLines(string before, string after)
        {
            int common = Common(before, after, out _, out int afterLines);
            return afterLines - common;
        }

        /// <summary>The length of the longest common subsequence of the two texts' lines.</summary>
        private static int Common(string before, string after, out int beforeLines, out int afterLines)
        {
            string[] a = before.Split('\n');
            string[] b = after.Split('\n');
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                        ? previous[j - 1] + 1
                        : Math.Max(previous[j], current[j - 1]);
                }

                (previous, current) = (current, previous);
            }

            beforeLines = a.Length;
            afterLines = b.Length;
            return previous[b.Length];
        }
    }
}
