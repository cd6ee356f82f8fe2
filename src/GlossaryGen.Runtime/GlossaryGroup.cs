using System;
using System.Collections.Generic;

namespace GlossaryGen
{
    /// <summary>A labelled sub-list of a definition, such as “六到位” and its six items.</summary>
    public sealed class GlossaryGroup
    {
        /// <summary>Creates a group. Generated code calls this.</summary>
        public GlossaryGroup(string label, params string[] items)
        {
            Label = label ?? throw new ArgumentNullException(nameof(label));
            Items = items ?? throw new ArgumentNullException(nameof(items));
        }

        /// <summary>The group's label as printed, without quote marks (<c>六到位</c>).</summary>
        public string Label { get; }

        /// <summary>The group's items, in order.</summary>
        public IReadOnlyList<string> Items { get; }

        /// <summary>Returns <c>Label：item、item</c>.</summary>
        public override string ToString() => Label + "：" + string.Join("、", Items);
    }
}
