using System.Collections.Generic;
using System.Globalization;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Collects the entries whose heading the reader guessed (<see cref="HeadingSplit.IsGuess"/>) and reports
    /// them once per kind of guess, at the first, with how many there were (GG0112): a glossary of 59
    /// entries separated by '。' is one note, not 59.
    /// </summary>
    internal sealed class GuessedHeadings
    {
        private readonly DiagnosticSink _diagnostics;
        private readonly List<SeparatorKind> _kinds = new List<SeparatorKind>();
        private readonly Dictionary<SeparatorKind, (TextRange Range, string Heading, int Count)> _byKind = new Dictionary<SeparatorKind, (TextRange, string, int)>();

        public GuessedHeadings(DiagnosticSink diagnostics)
        {
            _diagnostics = diagnostics;
        }

        public void Add(SeparatorKind kind, TextRange range, string heading)
        {
            if (_byKind.TryGetValue(kind, out var first))
            {
                _byKind[kind] = (first.Range, first.Heading, first.Count + 1);
                return;
            }

            _kinds.Add(kind);
            _byKind[kind] = (range, heading, 1);
        }

        public void Report()
        {
            foreach (SeparatorKind kind in _kinds)
            {
                var first = _byKind[kind];
                _diagnostics.Report(
                    DiagnosticIds.HeadingGuessed,
                    first.Range,
                    first.Count.ToString(CultureInfo.InvariantCulture),
                    Describe(kind),
                    DisplayText.Quote(first.Heading, 20));
            }
        }

        private static string Describe(SeparatorKind kind) => kind switch
        {
            SeparatorKind.FullStop => "before '。'",
            SeparatorKind.Comma => "before the '，' that precedes 指 or 即",
            SeparatorKind.DefinitionWord => "before the word that opens the definition (指, 是指, 即)",
            _ => "before the '：' that follows a comma",
        };
    }
}
