using Microsoft.CodeAnalysis;

namespace GlossaryGen.Analyzers
{
    /// <summary>The generated members that take a term, by what a known constant term can become.</summary>
    internal enum LookupMember
    {
        None,

        /// <summary><c>string Expand(string term)</c>: becomes <c>Definitions.X</c>.</summary>
        Expand,

        /// <summary><c>GlossaryEntry Lookup(string term)</c>: becomes <c>Terms.X</c>.</summary>
        Lookup,

        /// <summary><c>bool TryExpand(string term, out string definition)</c>: checked, never rewritten.</summary>
        TryExpand,

        /// <summary><c>int IndexOf(string term)</c>: checked, never rewritten.</summary>
        IndexOf,
    }

    internal static class LookupMembers
    {
        /// <summary>Which lookup <paramref name="method"/> is, by name and signature; whether its class is a glossary is checked apart.</summary>
        public static LookupMember Classify(IMethodSymbol method)
        {
            if (!method.IsStatic || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
            {
                return LookupMember.None;
            }

            // A member called like its class gets a trailing '_' (GeneratedNames): class Expand has Expand_(term).
            string name = method.Name == method.ContainingType.Name + "_" ? method.ContainingType.Name : method.Name;
            switch (name)
            {
                case "Expand" when method.Parameters.Length == 1:
                    return LookupMember.Expand;
                case "Lookup" when method.Parameters.Length == 1:
                    return LookupMember.Lookup;
                case "IndexOf" when method.Parameters.Length == 1:
                    return LookupMember.IndexOf;
                case "TryExpand" when method.Parameters.Length == 2 && method.Parameters[1].RefKind == RefKind.Out:
                    return LookupMember.TryExpand;
                default:
                    return LookupMember.None;
            }
        }
    }
}
