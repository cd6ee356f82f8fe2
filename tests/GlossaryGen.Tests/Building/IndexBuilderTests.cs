using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Reading;
using Xunit;
using static GlossaryGen.Tests.Building.IndexFixture;

namespace GlossaryGen.Tests.Building
{
    public class IndexBuilderTests
    {
        [Fact]
        public void Same_term_and_definition_in_two_files_is_one_entry()
        {
            IndexResult result = Build(
                File("/p/b.glossary.txt", Entry("三送三解三优", "送政策、送温暖、送信心", 4)),
                File("/p/a.glossary.txt", Entry("三送三解三优", "送政策、送温暖、\n送信心", 9)));

            IndexEntry entry = Assert.Single(result.Index!.Entries);
            Assert.Equal(new EntryName("三送三解三优", "s_三送三解三优", IsDeclared: true), Assert.Single(result.Index.NamesOf("/p/a.glossary.txt").Entries));
            Assert.Equal(new EntryName("三送三解三优", "s_三送三解三优", IsDeclared: false), Assert.Single(result.Index.NamesOf("/p/b.glossary.txt").Entries));
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void Different_definitions_in_two_files_warn_and_the_own_name_wins_over_a_core()
        {
            IndexResult result = Build(
                File("/p/yiyang.glossary.txt", Entry("打好“发展六仗”", "……安全生产巩固提升仗……", 151, 1)),
                File("/p/lingling.glossary.txt", Entry("“发展六仗”", "……安全生产翻身仗……", 47, 4)));

            GlossaryIndex index = result.Index!;
            Assert.Equal(new[] { "/p/lingling.glossary.txt", "/p/yiyang.glossary.txt" }, index.Files.Select(f => f.Path));
            Assert.Equal(new[] { "发展六仗", "打好发展六仗" }, index.Entries.Select(e => e.Identifier));
            Assert.Equal(0, index.Keys.Single(k => k.Key == "发展六仗").EntryIndex);
            Assert.Equal(1, index.Keys.Single(k => k.Key == "打好发展六仗").EntryIndex);

            DiagnosticInfo warning = Assert.Single(result.Diagnostics);
            Assert.Equal("GG0201", warning.Id);
            Assert.Equal(new[] { "发展六仗", "lingling.glossary.txt line 47", "yiyang.glossary.txt line 151", "lingling.glossary.txt line 47" }, warning.Arguments);
            Assert.Equal("/p/yiyang.glossary.txt", warning.Location!.Path);
            Assert.Equal("/p/lingling.glossary.txt", warning.AdditionalLocations.Single().Path);
        }

        [Fact]
        public void Equal_claims_go_to_the_file_first_by_path()
        {
            IndexResult result = Build(
                File("/p/z.glossary.txt", Entry("六零", "定义乙", 3)),
                File("/p/a.glossary.txt", Entry("六零", "定义甲", 8)));

            GlossaryIndex index = result.Index!;
            Assert.Equal("六零", index.Entries[index.Keys.Single(k => k.Key == "六零").EntryIndex].Identifier);
            Assert.Equal(new[] { "六零", "六零_2" }, index.Entries.Select(e => e.Identifier));
            Assert.Equal("六零", Assert.Single(index.NamesOf("/p/a.glossary.txt").Entries).Identifier);
            Assert.Equal("六零_2", Assert.Single(index.NamesOf("/p/z.glossary.txt").Entries).Identifier);
            Assert.Equal(new[] { "GG0201", "GG0202" }, result.Diagnostics.Select(d => d.Id).OrderBy(id => id));
        }

        [Fact]
        public void A_core_shared_by_two_entries_of_one_file_finds_neither()
        {
            IndexResult result = Build(File(
                "/p/a.glossary.txt",
                Entry("工业“一主一特”", "新材料、大健康", 3),
                Entry("农业“一主一特”", "茶叶、油茶", 4)));

            string[] keys = result.Index!.Keys.Select(k => k.Key).ToArray();
            Assert.DoesNotContain("一主一特", keys);
            Assert.Contains("工业一主一特", keys);
            Assert.Contains("工业“一主一特”", keys);
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void A_core_shared_across_files_finds_neither_and_is_no_conflict()
        {
            IndexResult result = Build(
                File("/p/a.glossary.txt", Entry("工业“一主一特”", "新材料、大健康", 3)),
                File("/p/b.glossary.txt", Entry("农业“一主一特”", "茶叶、油茶", 4)));

            Assert.DoesNotContain("一主一特", result.Index!.Keys.Select(k => k.Key));
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void Every_entry_is_found_by_heading_unquoted_heading_and_core()
        {
            IndexResult result = Build(File("/p/a.glossary.txt", Entry("“五好”园区", "规划定位好……", 19, 19)));

            Assert.Equal(new[] { "“五好”园区", "五好", "五好园区" }, result.Index!.Keys.Select(k => k.Key));
        }

        [Fact]
        public void Input_order_does_not_change_the_index()
        {
            ParsedFile a = File("/p/a.glossary.txt", Entry("六零", "甲", 1), Entry("十代", "乙", 2));
            ParsedFile b = File("/p/b.glossary.txt", Entry("六零", "丙", 1), Entry("两图五库", "丁", 2));

            Assert.Equal(Build(a, b), Build(b, a));
        }

        [Fact]
        public void The_index_holds_no_definition_and_no_line()
        {
            ParsedFile before = File("/p/a.glossary.txt", Entry("六零", "甲", 1), Entry("十代", "乙", 2));
            ParsedFile after = File("/p/a.glossary.txt", Entry("六零", "甲（修订）", 5), Entry("十代", "乙", 9));

            Assert.Equal(Build(before).Index, Build(after).Index);
        }

        [Fact]
        public void No_files_means_nothing_to_emit()
        {
            Assert.Null(Build().Index);
        }

        [Fact]
        public void File_class_names_come_from_file_names_and_collisions_are_numbered()
        {
            ParsedFile[] files =
            {
                File("/p/one/yiyang.glossary.txt", Entry("六零", "甲", 1)),
                File("/p/two/yiyang.glossary.txt", Entry("十代", "乙", 1)),
            };
            IndexResult result = Build(files);

            Assert.Equal(new[] { "Yiyang", "Yiyang_2" }, Classes(DefaultOptions, files).Classes.Select(c => c.ClassName));
            Assert.Equal("GG0202", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void Terms_members_never_take_each_others_names()
        {
            IndexResult result = Build(File("/p/a.glossary.txt", Entry("A", "甲", 1), Entry("s_A", "乙", 2), Entry("All", "丙", 3), Entry("Files", "丁", 4)));

            Assert.Equal(
                new[] { ("A", "s_A_2"), ("s_A", "s_s_A"), ("All", "s_All"), ("Files_2", "s_Files_2") },
                result.Index!.NamesOf("/p/a.glossary.txt").Entries.Select(e => (e.Identifier, e.Cache)));
        }
    }
}
