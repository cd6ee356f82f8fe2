using System;
using System.Collections.Generic;
using GlossaryGen.Building;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GlossaryGen.Input
{
    /// <summary>Reads and validates the build properties that shape the generated code.</summary>
    internal static class GlobalOptionsReader
    {
        public const string DefaultClassName = "Glossary";

        public static GlobalOptions Read(AnalyzerConfigOptions options)
        {
            var problems = new List<DiagnosticInfo>();

            string? ns = Value(options, OptionNames.Namespace);
            if (ns != null && !IdentifierMapper.IsValidNamespace(ns))
            {
                problems.Add(Invalid("GlossaryGen_Namespace", ns, "expected a namespace such as MyApp.Glossaries"));
                ns = null;
            }

            ns ??= Value(options, OptionNames.RootNamespace) is string root && IdentifierMapper.IsValidNamespace(root) ? root : null;

            string className = DefaultClassName;
            string? requestedClass = Value(options, OptionNames.ClassName);
            if (requestedClass != null)
            {
                if (IdentifierMapper.IsValidIdentifier(requestedClass))
                {
                    className = requestedClass;
                }
                else
                {
                    problems.Add(Invalid("GlossaryGen_ClassName", requestedClass, "expected a C# identifier"));
                }
            }

            bool isPublic = true;
            string? accessibility = Value(options, OptionNames.Accessibility);
            if (accessibility != null)
            {
                if (string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
                {
                    isPublic = false;
                }
                else if (!string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(Invalid("GlossaryGen_Accessibility", accessibility, "expected public or internal"));
                }
            }

            return new GlobalOptions(ns, className, isPublic, problems.ToEquatableArray());
        }

        private static string? Value(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static DiagnosticInfo Invalid(string option, string value, string expectation)
            => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption.Id, null, option, value, expectation);
    }
}
