using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;
using static GlossaryGen.Tests.Analyzers.LookupTestProject;

namespace GlossaryGen.Tests.Analyzers
{
    /// <summary>GG0601 and GG0602 on each lookup member, each lookup rule and each place a glossary class comes from.</summary>
    public class LookupAnalyzerTests
    {
        private static string InMain(string statements) => @"
namespace App
{
    internal static class Program
    {
        private static void Main()
        {
            " + statements + @"
        }
    }
}
";

        [Fact]
        public Task Misspelt_term_is_a_warning_naming_the_closest_terms()
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("System.Console.WriteLine(Glossary.Expand({|#0:\"六霖\"|}));"),
                UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "六霖", "Expand", "Closest terms: '六零'."));

        [Fact]
        public Task A_term_nothing_resembles_names_no_closest_term()
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("Glossary.Expand({|#0:\"ABCDEFGHIJ\"|});"),
                UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "ABCDEFGHIJ", "Expand", "No term is close to it."));

        [Theory]
        [InlineData("Glossary.Expand({|#0:\"六霖\"|});", "Expand")]
        [InlineData("Glossary.TryExpand({|#0:\"六霖\"|}, out string d);", "TryExpand")]
        [InlineData("Glossary.Lookup({|#0:\"六霖\"|});", "Lookup")]
        [InlineData("Glossary.IndexOf({|#0:\"六霖\"|});", "IndexOf")]
        [InlineData("Glossary.TryExpand(definition: out string d, term: {|#0:\"六霖\"|});", "TryExpand")]
        public Task Every_lookup_member_is_checked(string statement, string member)
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain(statement),
                UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "六霖", member, "Closest terms: '六零'."));

        [Fact]
        public Task Known_Expand_and_Lookup_suggest_the_typed_member()
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("string d = {|#0:Glossary.Expand(\"六零\")|}; object e = {|#1:Glossary.Lookup(\"六零\")|};"),
                TypedMember().WithLocation(0).WithArguments("六零", "Glossary.Definitions.六零", "Expand"),
                TypedMember().WithLocation(1).WithArguments("六零", "Glossary.Terms.六零", "Lookup"));

        [Fact]
        public Task Known_TryExpand_and_IndexOf_are_left_alone()
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("Glossary.TryExpand(\"六零\", out string d); int i = Glossary.IndexOf(\"六零\");"));

        /// <summary>Every form the generated lookup accepts is known; the typed member is that of the entry it finds.</summary>
        [Theory]
        [InlineData("六零", "六零")]
        [InlineData("  六零\t", "六零")]
        [InlineData("“六零”", "六零")]
        [InlineData(" 「六零」 ", "六零")]
        [InlineData("\\\"六零\\\"", "六零")]
        [InlineData("工业“一主一特”", "工业一主一特")]
        [InlineData("工业一主一特", "工业一主一特")]
        [InlineData("一主一特", "工业一主一特")]
        [InlineData("“一主一特”", "工业一主一特")]
        [InlineData("工业\\\"一主一特\\\"", "工业一主一特")]
        [InlineData("工业「一主一特」", "工业一主一特")]
        [InlineData("“六零", "六零")]
        [InlineData("三送三解三优", "三送三解三优")]
        [InlineData("“三送三解三优”", "三送三解三优")]
        public Task Each_lookup_rule_finds_the_entry(string literal, string identifier)
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("string d = {|#0:Glossary.Expand(\"" + literal + "\")|};"),
                TypedMember().WithLocation(0).WithArguments(Unescape(literal), "Glossary.Definitions." + identifier, "Expand"));

        [Theory]
        [InlineData("工业", "Closest terms: '工业一主一特'.")]
        [InlineData("一主", "Closest terms: '工业一主一特'.")]
        [InlineData("六 零", "Closest terms: '六零'.")]
        public Task Near_misses_of_the_rules_are_unknown(string literal, string closest)
            => new LookupTestProject().WithGlossary().VerifyAsync(
                InMain("Glossary.Expand({|#0:\"" + literal + "\"|});"),
                UnknownTerm().WithLocation(0).WithArguments("App.Glossary", literal, "Expand", closest));

        [Fact]
        public Task Const_strings_concatenations_and_constant_interpolations_are_constants()
            => new LookupTestProject().WithGlossary().VerifyAsync(@"
namespace App
{
    internal static class Program
    {
        private const string Six = ""六"";
        private const string Typo = ""六霖"";

        private static void Main()
        {
            Glossary.Expand({|#0:Typo|});
            Glossary.Expand({|#1:Six + ""霖""|});
            Glossary.Expand({|#2:$""{Six}霖""|});
            string d = {|#3:Glossary.Expand($""{Six}零"")|};
        }
    }
}
",
                UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "六霖", "Expand", "Closest terms: '六零'."),
                UnknownTerm().WithLocation(1).WithArguments("App.Glossary", "六霖", "Expand", "Closest terms: '六零'."),
                UnknownTerm().WithLocation(2).WithArguments("App.Glossary", "六霖", "Expand", "Closest terms: '六零'."),
                TypedMember().WithLocation(3).WithArguments("六零", "Glossary.Definitions.六零", "Expand"));

        [Fact]
        public Task Terms_known_only_at_run_time_and_other_classes_are_not_checked()
            => new LookupTestProject().WithGlossary().VerifyAsync(@"
namespace App
{
    internal static class Other
    {
        public static string Expand(string term) => term;
    }

    internal static class Program
    {
        private static void Main(string[] args)
        {
            Glossary.Expand(args[0]);
            Glossary.Expand(null);
            Other.Expand(""六霖"");
            Glossary.Find(""六霖"");
        }
    }
}
");

        [Fact]
        public Task A_class_renamed_by_build_properties_is_checked_under_its_name()
            => new LookupTestProject()
                .WithGlossary(properties: new Dictionary<string, string>
                {
                    ["build_property.GlossaryGen_Namespace"] = "Company.Reports",
                    ["build_property.GlossaryGen_ClassName"] = "Words",
                    ["build_property.GlossaryGen_Accessibility"] = "internal",
                })
                .VerifyAsync(
                    "using Company.Reports;\n" + InMain("Words.Expand({|#0:\"六霖\"|}); string d = {|#1:Words.Expand(\"六零\")|};"),
                    UnknownTerm().WithLocation(0).WithArguments("Company.Reports.Words", "六霖", "Expand", "Closest terms: '六零'."),
                    TypedMember().WithLocation(1).WithArguments("六零", "Words.Definitions.六零", "Expand"));

        [Fact]
        public Task A_glossary_class_from_a_referenced_CSharp73_library_is_checked()
            => new LookupTestProject()
                .WithLibrary("ReportTerms", "Reports.Shared", "Words")
                .VerifyAsync(
                    InMain("Reports.Shared.Words.Expand({|#0:\"四好农村\"|}); string d = {|#1:Reports.Shared.Words.Expand(\"四好农村路\")|};"),
                    UnknownTerm().WithLocation(0).WithArguments("Reports.Shared.Words", "四好农村", "Expand", "Closest terms: '四好农村路'."),
                    TypedMember().WithLocation(1).WithArguments("四好农村路", "Words.Definitions.四好农村路", "Expand"));

        [Fact]
        public Task Several_glossary_classes_are_each_checked_against_their_own_index()
            => new LookupTestProject()
                .WithGlossary()
                .WithLibrary("OtherTerms", "Other", "Budget", "[1]三保：保基本民生、保工资、保运转。\n")
                .VerifyAsync(
                    InMain("Glossary.Expand({|#0:\"三保\"|}); Other.Budget.Expand({|#1:\"三宝\"|});"),
                    UnknownTerm().WithLocation(0).WithArguments("App.Glossary", "三保", "Expand", "Closest terms: '三送三解三优'."),
                    UnknownTerm().WithLocation(1).WithArguments("Other.Budget", "三宝", "Expand", "Closest terms: '三保'."));

        private static string Unescape(string literal) => literal.Replace("\\\"", "\"").Replace("\\t", "\t");
    }
}
