using System.Threading.Tasks;
using GlossaryGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static GlossaryGen.Tests.Analyzers.LookupTestProject;

namespace GlossaryGen.Tests.Analyzers
{
    /// <summary>The code fixes, each also applied by Fix All (the test framework runs it on document, project and solution).</summary>
    public class LookupCodeFixTests
    {
        private const string Before = @"
using System;

namespace App
{
    internal static class Program
    {
        private const string Typo = ""六霖"";

        private static void Main()
        {
            Console.WriteLine(Glossary.Expand({|#0:""六霖""|}));
            Console.WriteLine(Glossary.Lookup({|#1:Typo|}));
            Console.WriteLine(Glossary.TryExpand({|#2:""工业一主一""|}, out string d));
        }
    }
}
";

        /// <summary>Two terms one edit away from 六霖: the closest terms come in ordinal order, 六稳 first.</summary>
        private const string GlossaryWithTwoSixes = LookupTestProject.Glossary + "[5]六稳：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n";

        private static readonly DiagnosticResult[] Unknown =
        {
            UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "六霖", "Expand", "Closest terms: '六零'."),
            UnknownTerm().WithLocation(1).WithArguments("App.Glossary", "六霖", "Lookup", "Closest terms: '六零'."),
            UnknownTerm().WithLocation(2).WithArguments("App.Glossary", "工业一主一", "TryExpand", "Closest terms: '工业一主一特'."),
        };

        [Fact]
        public Task Unknown_terms_become_their_closest_term()
            => new LookupTestProject().WithGlossary().VerifyFixAsync<ClosestTermCodeFix>(
                Before,
                Unknown,
                @"
using System;

namespace App
{
    internal static class Program
    {
        private const string Typo = ""六霖"";

        private static void Main()
        {
            Console.WriteLine({|#0:Glossary.Expand(""六零"")|});
            Console.WriteLine({|#1:Glossary.Lookup(""六零"")|});
            Console.WriteLine(Glossary.TryExpand(""工业一主一特"", out string d));
        }
    }
}
",
                0,
                // Now working lookups of known terms, they get the typed-member suggestion.
                TypedMember().WithLocation(0).WithArguments("六零", "Glossary.Definitions.六零", "Expand"),
                TypedMember().WithLocation(1).WithArguments("六零", "Glossary.Terms.六零", "Lookup"));

        [Theory]
        [InlineData(0, "六稳")]
        [InlineData(1, "六零")]
        public Task Each_closest_term_is_an_action_of_its_own(int action, string term)
            => new LookupTestProject().WithGlossary(GlossaryWithTwoSixes).VerifyFixAsync<ClosestTermCodeFix>(
                "namespace App { internal static class Program { private static int Main() => Glossary.IndexOf({|#0:\"六霖\"|}); } }",
                new[] { UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "六霖", "IndexOf", "Closest terms: '六稳', '六零'.") },
                "namespace App { internal static class Program { private static int Main() => Glossary.IndexOf(\"" + term + "\"); } }",
                action);

        [Fact]
        public Task Known_lookups_become_typed_members()
            => new LookupTestProject().WithGlossary().VerifyFixAsync<TypedMemberCodeFix>(
                @"
using System;

namespace App
{
    internal static class Program
    {
        private static void Main()
        {
            Console.WriteLine({|#0:Glossary.Expand(""“六零”"")|});
            Console.WriteLine({|#1:Glossary.Lookup(""一主一特"")|}.Heading);
            Console.WriteLine({|#2:App.Glossary.Expand(""四好农村路"")|}.Length);
        }
    }
}
",
                new[]
                {
                    TypedMember().WithLocation(0).WithArguments("“六零”", "Glossary.Definitions.六零", "Expand"),
                    TypedMember().WithLocation(1).WithArguments("一主一特", "Glossary.Terms.工业一主一特", "Lookup"),
                    TypedMember().WithLocation(2).WithArguments("四好农村路", "Glossary.Definitions.四好农村路", "Expand"),
                },
                @"
using System;

namespace App
{
    internal static class Program
    {
        private static void Main()
        {
            Console.WriteLine(Glossary.Definitions.六零);
            Console.WriteLine(Glossary.Terms.工业一主一特.Heading);
            Console.WriteLine(Glossary.Definitions.四好农村路.Length);
        }
    }
}
");
    }
}
