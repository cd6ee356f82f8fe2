using System;
using System.Collections.Generic;

namespace GlossaryGen
{
    /// <summary>
    /// One term of a glossary and its definition, as generated at compile time from a 名词解释 section.
    /// </summary>
    public sealed class GlossaryEntry
    {
        private static readonly string[] NoItems = new string[0];
        private static readonly GlossaryGroup[] NoGroups = new GlossaryGroup[0];

        /// <summary>Creates an entry. Generated code calls this; applications rarely need to.</summary>
        /// <param name="term">The canonical term: the heading without quote marks.</param>
        /// <param name="heading">The term as printed, quote marks included.</param>
        /// <param name="definition">The definition.</param>
        /// <param name="sourceFile">The name of the glossary file the entry comes from.</param>
        /// <param name="line">The 1-based line of the entry in that file.</param>
        /// <param name="number">The entry's number in its glossary, or null when unnumbered.</param>
        /// <param name="items">The enumerated items of the definition, or null when it is prose.</param>
        /// <param name="groups">The labelled sub-lists of the definition, or null when it has none.</param>
        public GlossaryEntry(
            string term,
            string heading,
            string definition,
            string sourceFile,
            int line,
            int? number,
            string[]? items = null,
            GlossaryGroup[]? groups = null)
        {
            Term = term ?? throw new ArgumentNullException(nameof(term));
            Heading = heading ?? throw new ArgumentNullException(nameof(heading));
            Definition = definition ?? throw new ArgumentNullException(nameof(definition));
            SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
            Line = line;
            Number = number;
            Items = items ?? NoItems;
            Groups = groups ?? NoGroups;
        }

        /// <summary>The canonical term: the heading without quote marks (<c>工业一主一特</c>).</summary>
        public string Term { get; }

        /// <summary>The term as printed in the glossary (<c>工业“一主一特”</c>).</summary>
        public string Heading { get; }

        /// <summary>The definition, as printed.</summary>
        public string Definition { get; }

        /// <summary>The file name of the glossary the entry comes from.</summary>
        public string SourceFile { get; }

        /// <summary>The 1-based line of the entry in <see cref="SourceFile"/>.</summary>
        public int Line { get; }

        /// <summary>The entry's number in its glossary (<c>[19]</c> is 19), or null when unnumbered.</summary>
        public int? Number { get; }

        /// <summary>
        /// The enumerated items of the definition, in order (六零: 零门槛, 零跑腿, …); empty when the
        /// definition is prose rather than a list.
        /// </summary>
        public IReadOnlyList<string> Items { get; }

        /// <summary>The labelled sub-lists of the definition (“两覆盖”, “六到位”, …); empty when it has none.</summary>
        public IReadOnlyList<GlossaryGroup> Groups { get; }

        /// <summary>Returns <c>Heading：Definition</c>.</summary>
        public override string ToString() => Heading + "：" + Definition;
    }
}
