using System.Collections.Generic;
using System.Globalization;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Collects a file's diagnostics, at most <see cref="ParserLimits.MaxDiagnostics"/> of them: past that
    /// one GG0004 says the rest were not reported, which keeps memory bounded for any input.
    /// </summary>
    internal sealed class DiagnosticSink
    {
        private readonly List<ParseDiagnostic> _diagnostics = new List<ParseDiagnostic>();
        private readonly string _fileName;
        private bool _overflowed;

        public DiagnosticSink(string fileName)
        {
            _fileName = fileName;
        }

        public int Count => _diagnostics.Count;

        public void Report(string id, TextRange range, params string[] arguments)
            => Add(ParseDiagnostic.Create(id, range, arguments));

        public void Report(ParseDiagnostic diagnostic) => Add(diagnostic);

        /// <summary>The diagnostics sorted by position; stable, so diagnostics at one place keep the order they were found in.</summary>
        public List<ParseDiagnostic> ToSortedList()
        {
            var indexed = new List<KeyValuePair<int, ParseDiagnostic>>(_diagnostics.Count);
            for (int i = 0; i < _diagnostics.Count; i++)
            {
                indexed.Add(new KeyValuePair<int, ParseDiagnostic>(i, _diagnostics[i]));
            }

            indexed.Sort((a, b) =>
            {
                int byStart = a.Value.Range.Start.CompareTo(b.Value.Range.Start);
                return byStart != 0 ? byStart : a.Key.CompareTo(b.Key);
            });

            var sorted = new List<ParseDiagnostic>(indexed.Count);
            foreach (KeyValuePair<int, ParseDiagnostic> pair in indexed)
            {
                sorted.Add(pair.Value);
            }

            return sorted;
        }

        private void Add(ParseDiagnostic diagnostic)
        {
            if (_diagnostics.Count < ParserLimits.MaxDiagnostics)
            {
                _diagnostics.Add(diagnostic);
                return;
            }

            if (!_overflowed)
            {
                _overflowed = true;
                _diagnostics.Add(ParseDiagnostic.Create(
                    DiagnosticIds.InputTooLarge,
                    diagnostic.Range,
                    _fileName,
                    ParserLimits.MaxDiagnostics.ToString("N0", CultureInfo.InvariantCulture) + " diagnostics",
                    "further problems in this file are not reported"));
            }
        }
    }
}
