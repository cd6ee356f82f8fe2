using System.Collections.Generic;
using System.Linq;

namespace GlossaryGen.Structure
{
    /// <summary>How the numbers in a term combine.</summary>
    internal enum CountShape
    {
        /// <summary>Parts add up: 三线一单 = 3 + 1, 4+N, 三送三解三优.</summary>
        Sum,

        /// <summary>Groups of equal size: 4×4 = four groups of four.</summary>
        Product,

        /// <summary>A digit string read one digit per group: 2614 = 2, 6, 1, 4. Only labelled groups can confirm it.</summary>
        DigitGroups,
    }

    /// <summary>What a term announces: the counted parts, how they combine, and how much weight they carry.</summary>
    internal sealed class AnnouncedCount
    {
        public AnnouncedCount(IReadOnlyList<CountPart> parts, CountShape shape)
        {
            Parts = parts;
            Shape = shape;
        }

        /// <summary>One part per announced group; a product 4×4 has four parts of four.</summary>
        public IReadOnlyList<CountPart> Parts { get; }

        public CountShape Shape { get; }

        public bool IsOpenEnded => Parts.Any(part => !part.Count.HasValue);

        /// <summary>
        /// Terms made only of 一 (一带一路, 一主一特, 一村一品) are slogans at least as often as counts;
        /// they may confirm a list but never raise a warning.
        /// </summary>
        public bool IsWeak => Parts.All(part => part.Count == 1);

        public int Total => Parts.Sum(part => part.Count ?? 0);

        /// <summary>Whether labels were read from the term (三送三解三优) rather than left empty (4+N).</summary>
        public bool HasLabels => Parts.All(part => part.Label.Length > 0);

        public string DescribeTotal() => Items(Total);

        public string DescribePerGroup() => string.Join(" + ", Parts.Select(part => part.Describe())) + " items";

        public static string Items(int count) => count == 1 ? "1 item" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " items";
    }
}
