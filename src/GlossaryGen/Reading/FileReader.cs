using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GlossaryGen.Abbreviations;
using GlossaryGen.Diagnostics;
using GlossaryGen.Input;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using GlossaryGen.Structure;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen.Reading
{
    /// <summary>The per-file step of the pipeline: reads one selected file and parses it.</summary>
    internal static class FileReader
    {
        public static ParsedFile Read(GlossaryFileRequest request, CancellationToken cancellationToken)
        {
            string path = request.Path;
            string fileName = FileNameOf(path);
            var diagnostics = new List<DiagnosticInfo>();
            if (request.OptionProblem != null)
            {
                diagnostics.Add(request.OptionProblem);
            }

            SourceText? text;
            try
            {
                text = request.Text.GetText(cancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // A file deleted or locked between the build's listing and this read.
                text = null;
            }

            if (text == null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileUnreadable.Id, new FileLocation(path, TextRange.FileStart), fileName));
                return Result(request, fileName, ParsedGlossary.Empty, EquatableArray<EntryStructure>.Empty, diagnostics);
            }

            return Parse(request, fileName, text.ToString(), diagnostics, cancellationToken);
        }

        /// <summary>Parses <paramref name="text"/> as the content of the file <paramref name="request"/> names.</summary>
        private static ParsedFile Parse(GlossaryFileRequest request, string fileName, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            string path = request.Path;
            ParsedGlossary glossary;
            try
            {
                glossary = GlossaryParser.Parse(text, fileName, cancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // The parser is written never to throw; if it does, the user still gets every other
                // file's output and a diagnostic that says what failed, instead of CS8785 and nothing.
                diagnostics.Add(InternalError(path, fileName, exception));
                return Result(request, fileName, ParsedGlossary.Empty, EquatableArray<EntryStructure>.Empty, diagnostics);
            }

            EquatableArray<AbbreviationUse> abbreviations = ScanBody(request.Kind, text, glossary.SectionStartLine, cancellationToken);
            if (request.Kind == GlossaryFileKind.Report && glossary.SectionStartLine == 0)
            {
                // A report without a glossary section is all body text: read as bare entries, its sentences
                // (实现“三高四新”，…) would become terms and hide the abbreviations it leaves undefined.
                glossary = ParsedGlossary.Empty;
            }

            foreach (ParseDiagnostic diagnostic in glossary.Diagnostics)
            {
                // A report need not have a glossary: only files declared as glossaries must have entries.
                if (request.Kind == GlossaryFileKind.Report && diagnostic.Id == DiagnosticDescriptors.NoEntries.Id)
                {
                    continue;
                }

                diagnostics.Add(new DiagnosticInfo(
                    diagnostic.Id,
                    new FileLocation(path, diagnostic.Range),
                    diagnostic.Arguments,
                    diagnostic.AdditionalRanges.Select(range => new FileLocation(path, range)).ToEquatableArray()));
            }

            var structures = new List<EntryStructure>(glossary.Entries.Count);
            foreach (ParsedEntry entry in glossary.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                EntryStructure structure = AnalyzeStructure(entry, path, fileName, diagnostics);
                structures.Add(structure);
                if (structure.Mismatch is CountMismatch mismatch)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.CountMismatch.Id,
                        new FileLocation(path, entry.HeadingRange),
                        entry.Heading,
                        mismatch.Announced,
                        mismatch.Found));
                }
            }

            return Result(request, fileName, glossary, structures.ToEquatableArray(), diagnostics)
                with { Abbreviations = abbreviations };
        }

        // Reports are scanned before their glossary section, if any; a glossary file only when it has body
        // text before its header (a file of bare entries has no body).
        private static EquatableArray<AbbreviationUse> ScanBody(GlossaryFileKind kind, string text, int sectionStartLine, CancellationToken cancellationToken)
            => kind == GlossaryFileKind.Report || sectionStartLine > 1
                ? QuotedAbbreviationScanner.ScanBody(text, sectionStartLine, cancellationToken)
                : EquatableArray<AbbreviationUse>.Empty;

        /// <summary>The structure of one entry; a failure becomes GG9999 at the entry. <paramref name="analyze"/> is for tests.</summary>
        internal static EntryStructure AnalyzeStructure(ParsedEntry entry, string path, string fileName, List<DiagnosticInfo> diagnostics, Func<string, string, EntryStructure>? analyze = null)
        {
            try
            {
                return (analyze ?? EntryStructureAnalyzer.Analyze)(entry.Term, entry.Definition);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // Reported at the entry, so the user sees which definition the analysis could not read.
                diagnostics.Add(InternalError(
                    new FileLocation(path, entry.HeadingRange),
                    fileName,
                    "reading the items of " + DisplayText.Quote(entry.Heading) + " threw " + Describe(exception)));
                return EntryStructure.None;
            }
        }

        private static ParsedFile Result(
            GlossaryFileRequest request,
            string fileName,
            ParsedGlossary glossary,
            EquatableArray<EntryStructure> structures,
            List<DiagnosticInfo> diagnostics)
            => new ParsedFile(request.Path, fileName, request.Kind, request.ClassName, glossary, structures, diagnostics.ToEquatableArray());

        private static DiagnosticInfo InternalError(string path, string fileName, Exception exception)
            => InternalError(new FileLocation(path, TextRange.FileStart), fileName, Describe(exception));

        private static DiagnosticInfo InternalError(FileLocation location, string fileName, string what)
            => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, location, fileName, what);

        private static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;

        public static string FileNameOf(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }
}
