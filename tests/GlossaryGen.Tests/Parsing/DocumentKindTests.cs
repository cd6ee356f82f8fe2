using System;
using System.IO;
using System.Linq;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;

namespace GlossaryGen.Tests.Parsing
{
    /// <summary>
    /// Whole documents of every kind that carries a glossary besides work reports (TestData/DocumentKinds,
    /// written for the tests): each reads as exactly its terms, nothing from its body, and no warning.
    /// </summary>
    public class DocumentKindTests
    {
        [Theory]
        [InlineData("budget-alternating.txt", "一般公共预算|政府性基金预算|国有资本经营预算|三保支出|专项债券")]
        [InlineData("budget-numbered.txt", "一般公共预算|直达资金|三公经费")]
        [InlineData("budget-blank.txt", "一般公共预算|政府性基金预算|三保支出")]
        [InlineData("dept-final.txt", "财政拨款收入|事业收入|年初结转和结余|基本支出|三公经费")]
        [InlineData("bulletin.txt", "城镇调查失业率")]
        [InlineData("media.txt", "两个中心|三个一工程|低空经济")]
        public void Each_kind_reads_as_its_terms_only(string file, string terms)
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "DocumentKinds", file));

            ParsedGlossary glossary = GlossaryParser.Parse(text, file);

            Assert.Equal(terms.Split('|'), glossary.Entries.Select(e => e.Term));
            Assert.DoesNotContain(glossary.Diagnostics, d => d.Id == DiagnosticIds.UnrecognizedLine || d.Id == DiagnosticIds.NoEntries);
        }

        [Fact]
        public void A_wrapped_definition_of_a_pdf_is_joined_without_its_page_furniture()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "DocumentKinds", "dept-final.txt"));

            ParsedGlossary glossary = GlossaryParser.Parse(text, "dept-final.txt");

            Assert.Equal("指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。", glossary.Entries[0].Definition);
            Assert.Equal("指以前年度尚未完成、结转到本年按有关规定继续使用的资金。", glossary.Entries[2].Definition);
        }
    }
}
