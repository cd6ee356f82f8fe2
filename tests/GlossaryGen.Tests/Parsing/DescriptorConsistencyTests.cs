using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class DescriptorConsistencyTests
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id);

        /// <summary>The IDs the parser reports.</summary>
        private static readonly string[] ParserIds =
        {
            DiagnosticIds.NotUtf8, DiagnosticIds.NoEntries, DiagnosticIds.InputTooLarge, DiagnosticIds.BidiControlCharacter,
            DiagnosticIds.UnrecognizedLine, DiagnosticIds.EmptyDefinition, DiagnosticIds.DuplicateTermInFile, DiagnosticIds.NumberOutOfSequence,
            DiagnosticIds.MarkerWithoutEntry, DiagnosticIds.MarkerTextMismatch, DiagnosticIds.EntryNeverReferenced, DiagnosticIds.ConversionResidue,
            DiagnosticIds.FirstNumberNotOne, DiagnosticIds.WebFooterSkipped, DiagnosticIds.AttachmentSkipped,
        };

        public static IEnumerable<object[]> AllIds => typeof(DiagnosticIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => new object[] { (string)f.GetValue(null)! });

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Every_id_has_a_descriptor_a_release_entry_and_a_doc_section(string id)
        {
            Assert.True(Descriptors.ContainsKey(id), id + " has no descriptor");
            string root = RepositoryRoot();
            Assert.Contains(id + " |", File.ReadAllText(Path.Combine(root, "src", "GlossaryGen", "AnalyzerReleases.Unshipped.md")));
            Assert.Contains("## " + id + ":", File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md")));
        }

        [Fact]
        public void Every_reported_diagnostic_fills_exactly_the_placeholders_of_its_message()
        {
            string[][] inputs =
            {
                new[] { "名词解释", "\uFFFD\uFFFD\uFFFD\uFFFD" },
                new[] { "" },
                new[] { "名词解释", "2.六\u202E零：零门槛。", "2.六\u202E零：零门槛。", "4.七办：", "5.城镇新增就业五万人以上，完成任务。", "[bookmark: x]", "附件2", "扫一扫" },
                new[] { "实现“六零”[2]和“八办”[9]。", "名词解释", "[1]六零：零门槛。", "[2]七办：一窗通办。", "[3]三稀：稀土。", "责任编辑：张三" },
                new[] { "名词解释", "1.六零：" + new string('释', ParserLimits.MaxDefinitionLength + 1) },
                new[] { "名词解释", "1.六零：" + new string('释', ParserLimits.SuspiciousDefinitionLength + 1), "2.“三清”。清垃圾、清杂物、清沟渠。" },
                new[] { "报告正文写了很多内容，一段新闻。", "1.六零：零门槛。", "2.七办：一窗通办。", "3.三稀：稀土。" },
                new[] { "名词解释", "一、经济类", "1.六零：零门槛。" },
                new[] { "注释", "[1]本公报中数据均为初步统计数。", "[2]失业率：指失业人口的比例。" },
            };

            var seen = new HashSet<string>();
            foreach (string[] lines in inputs)
            {
                foreach (ParseDiagnostic diagnostic in ParseLines(lines).Diagnostics)
                {
                    seen.Add(diagnostic.Id);
                    string format = Descriptors[diagnostic.Id].MessageFormat.ToString();
                    int placeholders = Regex.Matches(format, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(-1).Max() + 1;
                    Assert.True(placeholders == diagnostic.Arguments.Count, diagnostic.Id + ": " + placeholders + " placeholders, " + diagnostic.Arguments.Count + " arguments");
                    string message = string.Format(format, diagnostic.Arguments.ToArray());
                    Assert.DoesNotContain("{", message.Replace("{0}", ""));
                }
            }

            string[] expected = ParserIds;
            Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), seen.Union(new[] { "GG0004" }).Intersect(expected).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Fact]
        public void Every_descriptor_is_listed_for_reporting_under_its_own_name()
        {
            Assert.Equal(Descriptors.Values.OrderBy(d => d.Id), DiagnosticDescriptors.All.OrderBy(d => d.Id));
            foreach (FieldInfo field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Assert.Equal(field.GetValue(null), ((DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(field.Name)!.GetValue(null)!).Id);
            }
        }

        private static string RepositoryRoot()
        {
            DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "GlossaryGen.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("GlossaryGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
