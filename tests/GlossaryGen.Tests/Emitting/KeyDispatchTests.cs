using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GlossaryGen.Emitting;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static GlossaryGen.Tests.Building.ModelBuilderFixture;

namespace GlossaryGen.Tests.Emitting
{
    /// <summary>
    /// The generated length-then-character dispatch finds exactly the model's keys, however the keys
    /// collide on length and characters, and the chunked index switches reach every entry.
    /// </summary>
    public class KeyDispatchTests
    {
        private const string Pool = "一二三四五六零十代好路'\\\"“”‘’×+1 a\u200B𠀀";

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(600)]
        public void Every_key_finds_its_entry_and_nothing_else_is_found(int entryCount)
        {
            var random = new Random(entryCount);
            var headings = new HashSet<string>(StringComparer.Ordinal);
            while (headings.Count < entryCount)
            {
                int length = random.Next(1, 7);
                string heading = new string(Enumerable.Range(0, length).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
                if (!char.IsSurrogate(heading[0]) && !char.IsSurrogate(heading[heading.Length - 1]))
                {
                    headings.Add(heading);
                }
            }

            GlossaryModel model = Build(File("/p/a.glossary.txt", headings.Select((h, i) => Entry(h, "定义" + i, i + 1)).ToArray())).Model!;
            Type glossary = Compile(GlossaryEmitter.Emit(model));
            MethodInfo indexOfKey = glossary.GetMethod("IndexOfKey", BindingFlags.NonPublic | BindingFlags.Static)!;
            MethodInfo definitionAt = glossary.GetMethod("DefinitionAt", BindingFlags.NonPublic | BindingFlags.Static)!;

            var keys = model.Keys.ToDictionary(k => k.Key, k => k.EntryIndex, StringComparer.Ordinal);
            foreach (LookupKey key in model.Keys)
            {
                Assert.Equal(key.EntryIndex, (int)indexOfKey.Invoke(null, new object[] { key.Key })!);
                Assert.Equal(model.Entries[key.EntryIndex].Definition, definitionAt.Invoke(null, new object[] { key.EntryIndex }));
            }

            for (int i = 0; i < 2000; i++)
            {
                string probe = new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
                int expected = keys.TryGetValue(probe, out int index) ? index : -1;
                Assert.Equal(expected, (int)indexOfKey.Invoke(null, new object[] { probe })!);
            }
        }

        private static Type Compile(string source)
        {
            CSharpCompilation compilation = Infrastructure.GeneratorHarness
                .CreateCompilation(string.Empty, LanguageVersion.Latest, NullableContextOptions.Enable)
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return Assembly.Load(stream.ToArray()).GetType("Consumer.Glossary")!;
        }
    }
}
