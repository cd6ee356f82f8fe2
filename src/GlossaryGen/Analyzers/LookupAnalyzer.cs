using System.Collections.Generic;
using System.Collections.Immutable;
using GlossaryGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GlossaryGen.Analyzers
{
    /// <summary>
    /// Checks calls of a generated glossary class's lookups whose term is a compile-time constant against the
    /// index the generator wrote into the class (<c>[GlossaryIndex]</c>), so it never reads a glossary file and
    /// works as well for a class from a referenced assembly. GG0601: no entry answers to the term (the warning
    /// names the closest terms); GG0602: the term names an entry, and <c>Expand</c>/<c>Lookup</c> can be the
    /// typed member, which stops compiling when a glossary drops the term.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LookupAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnknownLookupTerm, DiagnosticDescriptors.UseTypedMember);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            // Generated code (the glossary class itself) looks terms up only with its callers' arguments.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!GlossaryClassCache.AttributeIsVisible(start.Compilation))
                {
                    return;
                }

                var classes = new GlossaryClassCache();
                start.RegisterOperationAction(operation => Analyze(operation, classes), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, GlossaryClassCache classes)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            LookupMember member = LookupMembers.Classify(method);
            if (member == LookupMember.None
                || !(classes.IndexOf(method.ContainingType) is LookupIndex index)
                || !(TermArgument(invocation) is IArgumentOperation argument)
                || !(argument.Value.ConstantValue is { HasValue: true, Value: string term }))
            {
                return;
            }

            int entry = index.IndexOf(term);
            if (entry < 0)
            {
                IReadOnlyList<string> closest = index.Closest(term);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnknownLookupTerm,
                    argument.Value.Syntax.GetLocation(),
                    ClosestTermProperties(closest),
                    method.ContainingType.ToDisplayString(),
                    term,
                    method.Name,
                    DescribeClosest(closest)));
                return;
            }

            string? container = member == LookupMember.Expand ? index.DefinitionsContainer
                : member == LookupMember.Lookup ? index.TermsContainer
                : null;
            if (container is null)
            {
                // TryExpand and IndexOf say "maybe absent" by their type; a typed member cannot say that.
                return;
            }

            string typedMember = container + "." + index.Entries[entry].Identifier;
            string qualified = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + typedMember;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UseTypedMember,
                invocation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(LookupDiagnostics.TypedMemberProperty, qualified),
                term,
                method.ContainingType.Name + "." + typedMember,
                method.Name));
        }

        private static IArgumentOperation? TermArgument(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    return argument;
                }
            }

            return null;
        }

        private static ImmutableDictionary<string, string?> ClosestTermProperties(IReadOnlyList<string> closest)
        {
            ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
            for (int i = 0; i < closest.Count && i < LookupDiagnostics.MaxClosestTerms; i++)
            {
                properties.Add(LookupDiagnostics.ClosestTermProperty + i.ToString(System.Globalization.CultureInfo.InvariantCulture), closest[i]);
            }

            return properties.ToImmutable();
        }

        private static string DescribeClosest(IReadOnlyList<string> closest)
            => closest.Count == 0
                ? "No term is close to it."
                : "Closest terms: '" + string.Join("', '", closest) + "'.";
    }
}
