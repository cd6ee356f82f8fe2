using System;
using System.Collections.Generic;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>How many lines a diff of two texts shows: lines removed plus lines added (longest common subsequence).</summary>
    internal static class LineDiff
    {
        public static int Changed(string before, string after)
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

            int common = previous[b.Length];
            return (a.Length - common) + (b.Length - common);
        }
    }
}
