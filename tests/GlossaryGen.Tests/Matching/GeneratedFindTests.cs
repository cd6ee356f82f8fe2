using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using GlossaryGen.Reading;
using GlossaryGen.Input;
using GlossaryGen.Model;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>The matcher through the whole generator: the seed glossaries in, a compiled <c>Glossary.Find</c> out.</summary>
    public class GeneratedFindTests
    {
        private static readonly Lazy<Type> Glossary = new Lazy<Type>(CompileSeedGlossary);

        [Fact]
        public void Generated_find_returns_the_brute_force_matches_of_every_seed_report()
        {
            GlossaryIndex index = SeedIndex();
            var keys = index.Keys.Select(key => new KeyValuePair<string, int>(key.Key, key.EntryIndex)).ToList();
            var entries = index.Entries.Select(entry => (GlossaryEntry)SeedGlossaryMember(entry)).ToList();
            MethodInfo find = Glossary.Value.GetMethod("Find", new[] { typeof(string) })!;
            int total = 0;
            foreach (string name in SeedTexts.ReportNames)
            {
                string text = SeedTexts.Read(name);

                var found = (IReadOnlyList<GlossaryMatch>)find.Invoke(null, new object[] { text })!;

                var expected = BruteForceMatcher.Find(text, keys)
                    .Select(m => (m.Index, m.Length, entries[m.EntryIndex].Heading, entries[m.EntryIndex].SourceFile));
                Assert.Equal(expected, found.Select(m => (m.Index, m.Length, m.Entry.Heading, m.Entry.SourceFile)));
                total += found.Count;
            }

            Assert.True(total > 100, "the seed reports use the seed glossaries' terms often");
        }

        [Fact]
        public void Generated_find_prefers_the_longest_lookup_form()
        {
            MethodInfo find = Glossary.Value.GetMethod("Find", new[] { typeof(string) })!;
            const string text = "深入开展“三送三解三优”行动，落实“六零”要求。";

            var found = (IReadOnlyList<GlossaryMatch>)find.Invoke(null, new object[] { text })!;

            Assert.Equal(
                new[] { ("“三送三解三优”行动", "“三送三解三优”行动"), ("六零", "六零") },
                found.Select(m => (text.Substring(m.Index, m.Length), m.Entry.Heading)));
        }

        private static Type CompileSeedGlossary()
        {
            GeneratorRun run = GeneratorHarness.Run(Seeds.GlossaryFiles(), options: Seeds.Options());
            Assert.Empty(run.CompilationProblems);
            Assert.Contains("Glossary.Matcher.g.cs", run.Sources.Keys);
            return new GeneratedAssemblyType(run.OutputCompilation).Load("Consumer.Glossary");
        }

        /// <summary>The index the generator builds for the same files, for the reference search's keys.</summary>
        private static GlossaryIndex SeedIndex()
        {
            var files = Seeds.GlossaryFiles()
                .Select(text => FileReader.Read(new GlossaryFileRequest(text, GlossaryFileKind.Glossary, null, null), CancellationToken.None))
                .ToArray();
            return Building.IndexFixture.Build(files).Index!;
        }

        /// <summary>The compiled entry an index entry names: <c>Terms.{Identifier}</c>.</summary>
        private static object SeedGlossaryMember(IndexEntry entry)
            => Glossary.Value.GetNestedType("Terms")!.GetProperty(entry.Identifier)!.GetValue(null)!;

        private sealed class GeneratedAssemblyType
        {
            private readonly Compilation _compilation;

            public GeneratedAssemblyType(Compilation compilation)
            {
                _compilation = compilation;
            }

            public Type Load(string typeName)
            {
                using var stream = new System.IO.MemoryStream();
                var emitted = _compilation.Emit(stream);
                Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
                return Assembly.Load(stream.ToArray()).GetType(typeName, throwOnError: true)!;
            }
        }
    }
}
