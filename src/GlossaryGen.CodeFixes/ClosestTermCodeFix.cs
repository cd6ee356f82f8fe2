using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using GlossaryGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GlossaryGen.CodeFixes
{
    /// <summary>
    /// GG0601: replaces a constant term no entry answers to with one of the closest terms the diagnostic names,
    /// one code action per term. Fix All applies the n-th closest term to every diagnostic (the first one from
    /// <c>dotnet format analyzers</c>). The whole argument becomes a string literal, also when it was a constant
    /// or an interpolation.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClosestTermCodeFix))]
    [Shared]
    public sealed class ClosestTermCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(LookupDiagnostics.UnknownTermId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                ExpressionSyntax? argument = await SyntaxAtDiagnostic.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
                if (argument is null)
                {
                    continue;
                }

                for (int i = 0; i < LookupDiagnostics.MaxClosestTerms; i++)
                {
                    string suffix = i.ToString(CultureInfo.InvariantCulture);
                    if (!diagnostic.Properties.TryGetValue(LookupDiagnostics.ClosestTermProperty + suffix, out string? term) || term is null)
                    {
                        break;
                    }

                    ExpressionSyntax literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(term));
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use '" + term + "'",
                            cancellationToken => SyntaxAtDiagnostic.ReplaceAsync(context.Document, argument, literal, cancellationToken),
                            equivalenceKey: LookupDiagnostics.UnknownTermId + "." + LookupDiagnostics.ClosestTermProperty + suffix),
                        diagnostic);
                }
            }
        }
    }
}
