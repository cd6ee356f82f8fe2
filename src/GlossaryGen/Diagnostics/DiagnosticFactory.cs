using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen.Diagnostics
{
    /// <summary>Turns the plain-data <see cref="DiagnosticInfo"/> into Roslyn diagnostics, at report time only.</summary>
    internal static class DiagnosticFactory
    {
        public static Diagnostic Create(DiagnosticInfo info)
        {
            if (!(DiagnosticDescriptors.Find(info.Id) is DiagnosticDescriptor descriptor))
            {
                // Unreachable while every ID comes from DiagnosticDescriptors; reported rather than thrown.
                return Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "(project)", "unknown diagnostic ID " + info.Id);
            }

            return Diagnostic.Create(
                descriptor,
                ToLocation(info.Location),
                info.AdditionalLocations.Select(ToLocation),
                info.Arguments.Cast<object>().ToArray());
        }

        public static Location ToLocation(FileLocation? location)
        {
            if (location == null)
            {
                return Location.None;
            }

            TextRange range = location.Range;
            return Location.Create(
                location.Path,
                new TextSpan(range.Start, range.Length),
                new LinePositionSpan(new LinePosition(range.StartLine, range.StartColumn), new LinePosition(range.EndLine, range.EndColumn)));
        }
    }
}
