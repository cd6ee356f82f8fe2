using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Diagnostics
{
    /// <summary>
    /// Every diagnostic GlossaryGen reports, in one place. IDs are grouped by what they concern:
    /// GG00xx the file as a whole, GG01xx entries within a file, GG02xx several files together,
    /// GG03xx build options, GG04xx the count check, GG05xx terms used in report bodies, GG06xx lookups in C# code
    /// (reported by <see cref="Analyzers.LookupAnalyzer"/> at the call, not at a glossary line).
    /// Each ID is documented in docs/diagnostics.md and tracked in AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string FileCategory = "GlossaryGen.File";
        private const string EntryCategory = "GlossaryGen.Entry";
        private const string ProjectCategory = "GlossaryGen.Project";
        private const string OptionsCategory = "GlossaryGen.Options";
        private const string ContentCategory = "GlossaryGen.Content";
        private const string UsageCategory = "GlossaryGen.Usage";
        private const string HelpLinkBase = "https://github.com/glossarygen/glossarygen/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor FileUnreadable = Create(
            DiagnosticIds.FileUnreadable,
            "Glossary file could not be read",
            "The glossary file '{0}' could not be read; check that it exists and is not locked",
            FileCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotUtf8 = Create(
            DiagnosticIds.NotUtf8,
            "Glossary file is not UTF-8",
            "'{0}' is not UTF-8 text ({1}); save it as UTF-8 and rebuild. Nothing was generated from it.",
            FileCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NoEntries = Create(
            DiagnosticIds.NoEntries,
            "Glossary file has no entries",
            "'{0}' has no glossary entries: {1}",
            FileCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InputTooLarge = Create(
            DiagnosticIds.InputTooLarge,
            "Glossary file exceeds a limit",
            "'{0}' exceeds the limit of {1}; {2}",
            FileCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor BidiControlCharacter = Create(
            DiagnosticIds.BidiControlCharacter,
            "Bidirectional control character in glossary text",
            "The {0} contains the bidirectional control character U+{1}, which can make code read differently than it compiles; it was removed from the generated code. Remove it from the glossary.",
            FileCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnrecognizedLine = Create(
            DiagnosticIds.UnrecognizedLine,
            "Line in glossary section is not an entry",
            "This line in the glossary section is not an entry and was skipped: '{0}'. Write entries as '术语：释义' (optionally numbered), or move the line out of the glossary section.",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor EmptyDefinition = Create(
            DiagnosticIds.EmptyDefinition,
            "Glossary entry has no definition",
            "The entry '{0}' has no definition; write the definition after '：' or on the following lines",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateTermInFile = Create(
            DiagnosticIds.DuplicateTermInFile,
            "Term defined twice in one file",
            "'{0}' is defined on line {1} and again on line {2}; {3}",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NumberOutOfSequence = Create(
            DiagnosticIds.NumberOutOfSequence,
            "Entry number out of sequence",
            "Entry number {0} follows entry number {1}; check whether an entry is missing or misnumbered",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MarkerWithoutEntry = Create(
            DiagnosticIds.MarkerWithoutEntry,
            "Footnote marker refers to a missing entry",
            "The marker [{0}] after '{1}' refers to entry {0}, which the glossary does not have; add the entry or correct the marker",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MarkerTextMismatch = Create(
            DiagnosticIds.MarkerTextMismatch,
            "Footnote marker follows a different term",
            "The marker [{0}] refers to entry {0} '{1}', but the text before it is '{2}'; correct the marker number",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor EntryNeverReferenced = Create(
            DiagnosticIds.EntryNeverReferenced,
            "Glossary entry is never referenced",
            "Entry {0} '{1}' has no [{0}] marker in the report body",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ConversionResidue = Create(
            DiagnosticIds.ConversionResidue,
            "Conversion residue removed",
            "'{0}' looks like residue of a document conversion and was removed from the entry",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor FirstNumberNotOne = Create(
            DiagnosticIds.FirstNumberNotOne,
            "First glossary entry is not number 1",
            "The first entry is numbered {0}; check whether the entries before it are missing",
            EntryCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor WebFooterSkipped = Create(
            DiagnosticIds.WebFooterSkipped,
            "Web page footer skipped",
            "Lines {0} to {1}, starting with '{2}', look like a web page footer and were not read as entries",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor AttachmentSkipped = Create(
            DiagnosticIds.AttachmentSkipped,
            "Attachment after the glossary skipped",
            "Lines {0} to {1}, starting with '{2}', look like an attachment after the glossary (a list of projects or a table) and were not read as entries",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor HeadingGuessed = Create(
            DiagnosticIds.HeadingGuessed,
            "Entry heading guessed",
            "{0} heading(s) from this one on have no '：' after the term, so the term was read as the text {1} ('{2}'); if a term is wrong, put '：' after it",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor DefinitionTooLong = Create(
            DiagnosticIds.DefinitionTooLong,
            "Definition far longer than glossary definitions",
            "The definition of '{0}' is {1} characters long (lines {2} to {3}), far longer than the glossary's others; check that it did not take in a section that follows the glossary, and end the glossary with a title such as '附件' if it did",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor GlossaryWithoutHeader = Create(
            DiagnosticIds.GlossaryWithoutHeader,
            "Glossary found without a header",
            "The file has no header such as '名词解释'; the numbered list from line {0} to the end ({1} entries) was read as its glossary. Put a '名词解释' line before it to make this explicit.",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor GroupTitle = Create(
            DiagnosticIds.GroupTitle,
            "Group title in the glossary",
            "'{0}' reads as the title of a group of entries and was not read as an entry",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NoteWithoutTerm = Create(
            DiagnosticIds.NoteWithoutTerm,
            "Numbered note without a term",
            "{0} is a numbered note without a term and was not read as an entry; if it defines a term, write it as '[n]术语：释义'",
            EntryCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ConflictingDefinitions = Create(
            DiagnosticIds.ConflictingDefinitions,
            "Term has different definitions in different glossaries",
            "'{0}' is defined differently in {1} and in {2}; Expand(\"{0}\") returns the definition from {3}. Both stay reachable through Glossary.Terms and their files' Glossary.Files lists.",
            ProjectCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor IdentifierCollision = Create(
            DiagnosticIds.IdentifierCollision,
            "Terms map to the same identifier",
            "The term '{0}' maps to the identifier '{1}', which '{2}' already uses; it is generated as '{3}'",
            ProjectCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MatcherTooLarge = Create(
            DiagnosticIds.MatcherTooLarge,
            "Glossaries too large for Find",
            "The project's glossaries are too large for the generated Find and EnumerateMatches ({0}); they throw NotSupportedException. Lookups by term are not affected. Split the glossaries into several projects.",
            ProjectCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            DiagnosticIds.InvalidOption,
            "Invalid GlossaryGen option",
            "The value '{1}' of {0} is not valid: {2}. The default is used instead.",
            OptionsCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CountMismatch = Create(
            DiagnosticIds.CountMismatch,
            "Term announces a different number of items than its definition lists",
            "'{0}' announces {1} but the definition lists {2}; check whether an item is missing or extra",
            ContentCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UndefinedAbbreviation = Create(
            DiagnosticIds.UndefinedAbbreviation,
            "Abbreviation used but not defined",
            "The abbreviation '{0}' is used {1} time(s) in the report but no glossary in the project defines it",
            ContentCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor UnknownLookupTerm = Create(
            DiagnosticIds.UnknownLookupTerm,
            "Constant lookup finds no glossary entry",
            "No entry of {0} answers to '{1}', so {2} never finds it. {3}",
            UsageCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UseTypedMember = Create(
            DiagnosticIds.UseTypedMember,
            "Constant lookup can be a typed member",
            "'{0}' is the entry {1}; use it instead of {2}, so the build fails if a glossary drops the term",
            UsageCategory,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Create(
            DiagnosticIds.InternalError,
            "GlossaryGen failed",
            "GlossaryGen failed while processing '{0}': {1}. Please report this with the glossary file.",
            ProjectCategory,
            DiagnosticSeverity.Warning);

        /// <summary>Every descriptor, for reporting by ID; declared after them, so they are all set.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            FileUnreadable,
            NotUtf8,
            NoEntries,
            InputTooLarge,
            BidiControlCharacter,
            UnrecognizedLine,
            EmptyDefinition,
            DuplicateTermInFile,
            NumberOutOfSequence,
            MarkerWithoutEntry,
            MarkerTextMismatch,
            EntryNeverReferenced,
            ConversionResidue,
            FirstNumberNotOne,
            WebFooterSkipped,
            AttachmentSkipped,
            HeadingGuessed,
            DefinitionTooLong,
            GlossaryWithoutHeader,
            GroupTitle,
            NoteWithoutTerm,
            ConflictingDefinitions,
            IdentifierCollision,
            MatcherTooLarge,
            InvalidOption,
            CountMismatch,
            UndefinedAbbreviation,
            UnknownLookupTerm,
            UseTypedMember,
            InternalError);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

        /// <summary>The descriptor of <paramref name="id"/>, one of <see cref="DiagnosticIds"/>; null for an unknown ID.</summary>
        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : null;

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity)
            => new DiagnosticDescriptor(
                id,
                title,
                message,
                category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
