using System;
using GlossaryGen.Building;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GlossaryGen.Input
{
    /// <summary>Decides which AdditionalFiles are glossaries, from their names and metadata.</summary>
    internal static class FileSelector
    {
        /// <summary>
        /// Returns the request for <paramref name="text"/>, or null when GlossaryGen must not touch it
        /// (PublicAPI.Shipped.txt, BannedSymbols.txt and every other AdditionalFile).
        /// </summary>
        public static GlossaryFileRequest? Select(AdditionalText text, AnalyzerConfigOptions options)
        {
            DiagnosticInfo? problem = null;
            options.TryGetValue(OptionNames.GlossaryMetadata, out string? metadata);
            GlossaryFileKind kind = KindFromName(text.Path);
            string value = (metadata ?? string.Empty).Trim();
            if (value.Length > 0)
            {
                if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    kind = GlossaryFileKind.Glossary;
                }
                else if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase))
                {
                    kind = GlossaryFileKind.Report;
                }
                else if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
                else if (kind != GlossaryFileKind.None)
                {
                    // A misspelled value on a file we read anyway is reported; on other files it is not ours to judge.
                    problem = InvalidOption(text.Path, "Glossary metadata", value, "expected true, false or report");
                }
            }

            if (kind == GlossaryFileKind.None)
            {
                return null;
            }

            options.TryGetValue(OptionNames.ClassNameMetadata, out string? className);
            className = string.IsNullOrWhiteSpace(className) ? null : className!.Trim();
            if (className != null && !IdentifierMapper.IsValidIdentifier(className))
            {
                problem ??= InvalidOption(text.Path, "GlossaryClassName metadata", className, "expected a C# identifier");
                className = null;
            }

            return new GlossaryFileRequest(text, kind, className, problem);
        }

        private static GlossaryFileKind KindFromName(string path)
            => path.EndsWith(OptionNames.GlossarySuffix, StringComparison.OrdinalIgnoreCase)
                ? GlossaryFileKind.Glossary
                : GlossaryFileKind.None;

        private static DiagnosticInfo InvalidOption(string path, string option, string value, string expectation)
            => DiagnosticInfo.Create(
                Diagnostics.DiagnosticDescriptors.InvalidOption.Id,
                new FileLocation(path, TextRange.FileStart),
                option,
                value,
                expectation);
    }
}
