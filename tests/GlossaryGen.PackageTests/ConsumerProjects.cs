using System.Collections.Generic;

namespace GlossaryGen.PackageTests
{
    /// <summary>
    /// The consumer shapes users write, each with nothing but a PackageReference, a glossary and code that calls
    /// the generated class. Every app prints what it found, one fact a line, for the tests to compare exactly.
    /// </summary>
    internal static class ConsumerProjects
    {
        public const string ConsoleApp = "ConsoleApp";
        public const string LegacyLibrary = "LegacyLibrary";
        public const string LegacyApp = "LegacyApp";
        public const string ReportApp = "ReportApp";
        public const string OptionsApp = "OptionsApp";
        public const string MisspelledOptionLibrary = "MisspelledOptionLibrary";

        public const string SixZeros = "负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外企业经营“零收费”，为企服务“零距离”，企业正常经营“零干扰”，损企行为“零容忍”。";
        public const string ThreeSends = "送政策、送温暖、送信心，解基层之难、解企业之难、解群众之难，优作风、优服务、优环境。";
        public const string FourZonesTwoCities = "承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、文化旅游名城、生态宜居新城。";
        public const string OneMainOneSpecial = "新材料、大健康。";

        public static IReadOnlyList<ConsumerProject> All(string packageVersion) => new[]
        {
            NullableConsoleApp(packageVersion),
            CSharp73Library(packageVersion),
            AppUsingTheLibrary(),
            AppWithAWholeReport(packageVersion),
            AppWithOptions(packageVersion),
            LibraryWithAMisspelledOption(packageVersion),
        };

        /// <summary>(a) net8.0, nullable, warnings as errors, XML docs; glossary found by the **/*.glossary.txt default.</summary>
        private static ConsumerProject NullableConsoleApp(string version) => new(
            ConsoleApp,
            AppProject(version, extraProperties: """
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                """),
            new Dictionary<string, string>
            {
                ["Glossaries/business.glossary.txt"] = $"[1]六零：{SixZeros}\n[2]三送三解三优：{ThreeSends}\n",
                ["Program.cs"] = """
                    using System;
                    using System.Collections.Generic;
                    using GlossaryGen;

                    namespace ConsoleApp
                    {
                        internal static class Program
                        {
                            private static int Main()
                            {
                                Console.OutputEncoding = System.Text.Encoding.UTF8;
                                Console.WriteLine(Glossary.Expand("六零"));
                                Console.WriteLine(Glossary.Definitions.三送三解三优);
                                GlossaryEntry entry = Glossary.Terms.三送三解三优;
                                Console.WriteLine(entry.Heading + " " + entry.SourceFile + ":" + entry.Line + " #" + entry.Number);
                                Console.WriteLine(Glossary.TryExpand(" “三送三解三优” ", out string? definition) ? definition : "TryExpand failed");
                                // Unknown on purpose: the run-time behaviour is under test, not the GG0601 check.
                                #pragma warning disable GG0601
                                Console.WriteLine(Glossary.Lookup("不存在") is null ? "unknown term: null" : "unknown term: found");
                                try
                                {
                                    Glossary.Expand("不存在");
                                    Console.WriteLine("Expand of an unknown term returned");
                                }
                                catch (KeyNotFoundException exception) when (exception.Message.Contains("不存在"))
                                {
                                    Console.WriteLine("Expand of an unknown term throws KeyNotFoundException");
                                }
                                #pragma warning restore GG0601

                                Console.WriteLine(Glossary.All.Count);
                                return 0;
                            }
                        }
                    }
                    """,
            });

        /// <summary>(b) netstandard2.0 at C# 7.3 with warnings as errors; used by a net8.0 app below.</summary>
        private static ConsumerProject CSharp73Library(string version) => new(
            LegacyLibrary,
            $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>7.3</LangVersion>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="GlossaryGen" Version="{version}" />
                  </ItemGroup>
                </Project>

                """,
            new Dictionary<string, string>
            {
                ["library.glossary.txt"] = $"1.“四区两城”：{FourZonesTwoCities}\n2.工业“一主一特”：{OneMainOneSpecial}\n",
                ["Explainer.cs"] = """
                    using GlossaryGen;

                    namespace LegacyLibrary
                    {
                        /// <summary>Explains the terms of this library's glossary to its callers.</summary>
                        public static class Explainer
                        {
                            /// <summary>The definition of <paramref name="term"/>, or "?" when the glossary lacks it.</summary>
                            /// <param name="term">A heading, a heading without quote marks, or a quoted core.</param>
                            public static string Explain(string term)
                            {
                                string definition;
                                return Glossary.TryExpand(term, out definition) ? definition : "?";
                            }

                            /// <summary>The heading as printed for <paramref name="term"/>, or "?".</summary>
                            /// <param name="term">Any key the glossary knows.</param>
                            public static string Heading(string term)
                            {
                                GlossaryEntry entry = Glossary.Lookup(term);
                                return entry == null ? "?" : entry.Heading;
                            }
                        }
                    }
                    """,
            });

        private static ConsumerProject AppUsingTheLibrary() => new(
            LegacyApp,
            $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net8.0</TargetFramework>
                    <RollForward>Major</RollForward>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="..\{LegacyLibrary}\{LegacyLibrary}.csproj" />
                  </ItemGroup>
                </Project>

                """,
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using System;

                    namespace LegacyApp
                    {
                        internal static class Program
                        {
                            private static int Main()
                            {
                                Console.OutputEncoding = System.Text.Encoding.UTF8;
                                Console.WriteLine(LegacyLibrary.Explainer.Explain("一主一特"));
                                Console.WriteLine(LegacyLibrary.Explainer.Heading("工业一主一特"));
                                Console.WriteLine(LegacyLibrary.Glossary.Definitions.四区两城);
                                Console.WriteLine(LegacyLibrary.Glossary.Terms.四区两城.GetType().Assembly.GetName().Name);
                                return 0;
                            }
                        }
                    }
                    """,
            });

        /// <summary>
        /// (c) A whole report kept under its own name and selected with Glossary="true"; a note that is not a
        /// glossary and a *.glossary.txt excluded with Glossary="false" must both be left alone.
        /// </summary>
        private static ConsumerProject AppWithAWholeReport(string version) => new(
            ReportApp,
            AppProject(version, extraProperties: "", extraItems: """
                    <AdditionalFiles Include="Reports/report-2024.txt" Glossary="true" />
                    <AdditionalFiles Include="notes.txt" />
                    <AdditionalFiles Update="draft.glossary.txt" Glossary="false" />
                """),
            new Dictionary<string, string>
            {
                ["Reports/report-2024.txt"] = string.Join("\n", ReportLines) + "\n",
                ["notes.txt"] = "名词解释\n[1]笔记：这只是笔记，不是名词解释。\n",
                ["draft.glossary.txt"] = "[1]草稿：尚未定稿的名词解释。\n",
                ["Program.cs"] = """
                    using System;

                    namespace ReportApp
                    {
                        internal static class Program
                        {
                            private static int Main()
                            {
                                Console.OutputEncoding = System.Text.Encoding.UTF8;
                                Console.WriteLine(Glossary.Expand("六零"));
                                Console.WriteLine(Glossary.Terms.六零.SourceFile + ":" + Glossary.Terms.六零.Line);
                                Console.WriteLine(Glossary.Lookup("笔记") == null ? "notes.txt ignored" : "notes.txt read");
                                Console.WriteLine(Glossary.Lookup("草稿") == null ? "draft.glossary.txt excluded" : "draft.glossary.txt read");
                                Console.WriteLine(Glossary.All.Count);
                                return 0;
                            }
                        }
                    }
                    """,
            });

        /// <summary>The report's lines; the glossary entry for 六零 is on line <see cref="SixZerosReportLine"/>.</summary>
        public static readonly string[] ReportLines =
        {
            "益阳市2024年政府工作报告（节选）",
            "",
            "持续优化营商环境。常态长效开展“三送三解三优”，努力实现“六零”[2]目标。",
            "",
            "名 词 解 释",
            "",
            $"[1]三送三解三优：{ThreeSends}",
            "",
            $"[2]六零：{SixZeros}",
        };

        public const int SixZerosReportLine = 9;

        /// <summary>(d) Namespace, class name and accessibility chosen by build properties; a per-file class name.</summary>
        private static ConsumerProject AppWithOptions(string version) => new(
            OptionsApp,
            AppProject(
                version,
                extraProperties: """
                        <Nullable>enable</Nullable>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                        <GenerateDocumentationFile>true</GenerateDocumentationFile>
                        <GlossaryGen_Namespace>Company.Terms</GlossaryGen_Namespace>
                        <GlossaryGen_ClassName>Words</GlossaryGen_ClassName>
                        <GlossaryGen_Accessibility>internal</GlossaryGen_Accessibility>
                    """,
                extraItems: """
                        <AdditionalFiles Update="words.glossary.txt" GlossaryClassName="Business" />
                    """),
            new Dictionary<string, string>
            {
                ["words.glossary.txt"] = $"[1]六零：{SixZeros}\n",
                ["Program.cs"] = """
                    using System;
                    using Company.Terms;

                    namespace OptionsApp
                    {
                        internal static class Program
                        {
                            private static int Main()
                            {
                                Console.OutputEncoding = System.Text.Encoding.UTF8;
                                Console.WriteLine(Words.Expand("六零"));
                                Console.WriteLine(typeof(Words).FullName);
                                Console.WriteLine(typeof(Words).IsPublic ? "public" : "internal");
                                Console.WriteLine(Type.GetType("OptionsApp.Glossary") == null ? "no OptionsApp.Glossary" : "OptionsApp.Glossary exists");
                                Console.WriteLine(typeof(Words.Files.Business).FullName);
                                return 0;
                            }
                        }
                    }
                    """,
            });

        /// <summary>A misspelled option value must be reported, not ignored (GG0301); no warnings-as-errors here.</summary>
        private static ConsumerProject LibraryWithAMisspelledOption(string version) => new(
            MisspelledOptionLibrary,
            $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <GlossaryGen_Accessibility>pubilc</GlossaryGen_Accessibility>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="GlossaryGen" Version="{version}" />
                  </ItemGroup>
                </Project>

                """,
            new Dictionary<string, string>
            {
                ["terms.glossary.txt"] = $"[1]六零：{SixZeros}\n",
            });

        internal static string AppProject(string version, string extraProperties, string extraItems = "") => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RollForward>Major</RollForward>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GlossaryGen" Version="{version}" />
            {extraItems}
              </ItemGroup>
            </Project>

            """;
    }
}
