using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GlossaryGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace GlossaryGen.CodeFixes
{
    /// <summary>
    /// GG0602: rewrites <c>Glossary.Expand("六零")</c> into <c>Glossary.Definitions.六零</c> and
    /// <c>Glossary.Lookup("六零")</c> into <c>Glossary.Terms.六零</c>. The analyzer hands over the member fully
    /// qualified; the simplifier shortens it to what the file's usings allow.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedMemberCodeFix))]
    [Shared]
    public sealed class TypedMemberCodeFix : CodeFixProvider
    {
        private const string Title = "Use the typed member";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(LookupDiagnostics.UseTypedMemberId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(LookupDiagnostics.TypedMemberProperty, out string? member) || member is null)
                {
                    continue;
                }

                ExpressionSyntax? lookup = await SyntaxAtDiagnostic.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
                if (!(lookup is InvocationExpressionSyntax))
                {
                    continue;
                }

                ExpressionSyntax typed = SyntaxFactory.ParseExpression(member).WithAdditionalAnnotations(Simplifier.Annotation);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title + " " + member.Substring(member.LastIndexOf('.', member.LastIndexOf('.') - 1) + 1),
                        cancellationToken => SyntaxAtDiagnostic.ReplaceAsync(context.Document, lookup, typed, cancellationToken),
                        equivalenceKey: LookupDiagnostics.UseTypedMemberId),
                    diagnostic);
            }
        }
    }
}
