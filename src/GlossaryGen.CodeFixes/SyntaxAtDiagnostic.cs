using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen.CodeFixes
{
    /// <summary>Finds the expression a lookup diagnostic is reported at, and replaces it.</summary>
    internal static class SyntaxAtDiagnostic
    {
        public static async Task<ExpressionSyntax?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return null;
            }

            ExpressionSyntax? expression = root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ExpressionSyntax>();
            return expression != null && expression.Span == span ? expression : null;
        }

        public static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax old, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement.WithTriviaFrom(old)));
        }
    }
}
