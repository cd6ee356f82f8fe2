#!/usr/bin/env python3
"""Writes three consumer projects with N synthetic entries each, to compare what `dotnet build` pays per entry:
plain (no generator), glossarygen (the entries as glossary files, 100 per file) and resx (the same entries in one
.resx read by Microsoft.CodeAnalysis.ResxSourceGenerator). Usage: make_projects.py OUT_DIR N REPO_DIR"""
import os
import random
import sys

TERM_CHARS = "发展改革创新产业工业农业城市乡村生态环境民生服务安全治理科技人才开放合作市场企业金融交通水利文化旅游教育医疗养老就业住房数字经济绿色低碳示范引领先行振兴提升攻坚建设保障优化"
DEFINITION_CHARS = "推进实施打造培育建立健全完善加快落实强化深化全面持续统筹协调重点项目平台机制体系能力水平质量效益规模结构布局要素资源政策制度标准服务"
RESX_VERSION = "5.0.0-1.25277.114"
CODE = """namespace Consumer
{
    /// <summary>A class the measurement touches before each build.</summary>
    public static class Service
    {
        /// <summary>Returns a number.</summary>
        public static int Answer() => 42;
    }
}
"""


def entries(count):
    rng = random.Random(20240101 + count)
    used = set()
    result = []
    while len(result) < count:
        term = "".join(rng.choice(TERM_CHARS) for _ in range(rng.randint(3, 6)))
        if term in used:
            continue
        used.add(term)
        items = ["".join(rng.choice(DEFINITION_CHARS) for _ in range(rng.randint(4, 9))) for _ in range(rng.randint(2, 6))]
        result.append((term, "、".join(items) + "。"))
    return result


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def project(out, name, extra):
    write(os.path.join(out, name, name + ".csproj"), f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591;NU1603</NoWarn>
  </PropertyGroup>
{extra}</Project>
""")
    write(os.path.join(out, name, "Service.cs"), CODE)


def main():
    out, count, repo = sys.argv[1], int(sys.argv[2]), os.path.abspath(sys.argv[3])
    data = entries(count)
    project(out, "plain", "")

    generator = os.path.join(repo, "src/GlossaryGen/bin/Release/netstandard2.0/GlossaryGen.dll")
    runtime = os.path.join(repo, "src/GlossaryGen.Runtime/bin/Release/net8.0/GlossaryGen.Runtime.dll")
    props = os.path.join(repo, "src/GlossaryGen/build/GlossaryGen.props")
    project(out, "glossarygen", f"""  <Import Project="{props}" />
  <ItemGroup>
    <Analyzer Include="{generator}" />
    <Reference Include="{runtime}" />
  </ItemGroup>
""")
    for start in range(0, count, 100):
        lines = ["名词解释"] + [f"[{i + 1}]{term}：{definition}" for i, (term, definition) in enumerate(data[start:start + 100])]
        write(os.path.join(out, "glossarygen", "Glossaries", f"report-{start // 100 + 1:03}.glossary.txt"), "\n".join(lines) + "\n")

    project(out, "resx", f"""  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.ResxSourceGenerator" Version="{RESX_VERSION}" PrivateAssets="all" />
  </ItemGroup>
""")
    rows = "\n".join(f'  <data name="Term{i:05}" xml:space="preserve"><value>{definition}</value><comment>{term}</comment></data>' for i, (term, definition) in enumerate(data))
    write(os.path.join(out, "resx", "Strings.resx"), f"""<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
{rows}
</root>
""")
    glossary_bytes = sum(len(f"{t}：{d}\n".encode("utf-8")) for t, d in data)
    print(f"{count} entries, glossary text {glossary_bytes} bytes")


if __name__ == "__main__":
    main()
