using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace GlossaryGen.PackageTests
{
    /// <summary>What the packed nupkg and snupkg files contain, as NuGet and the compiler will read them.</summary>
    [Collection(PackagedConsumersCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private const string GeneratorPath = "analyzers/dotnet/cs/GlossaryGen.dll";
        private readonly PackagedConsumers _consumers;

        public PackageLayoutTests(PackagedConsumers consumers)
        {
            _consumers = consumers;
        }

        [Fact]
        public void Generator_package_holds_the_analyzer_the_props_and_the_readme()
        {
            using var package = ZipFile.OpenRead(_consumers.Feed.PackagePath("GlossaryGen"));
            var entries = package.Entries.Select(entry => entry.FullName).ToList();

            Assert.Contains(GeneratorPath, entries);
            // The lookup analyzer's code fixes ride beside it, so the IDE and dotnet format find them.
            Assert.Contains("analyzers/dotnet/cs/GlossaryGen.CodeFixes.dll", entries);
            Assert.Contains("build/GlossaryGen.props", entries);
            Assert.Contains("buildTransitive/GlossaryGen.props", entries);
            Assert.Contains("README.md", entries);
            // The generator is never a compile reference of the consumer: lib/ holds only the empty marker.
            Assert.Equal(new[] { "lib/netstandard2.0/_._" }, entries.Where(entry => entry.StartsWith("lib/", StringComparison.Ordinal)));
        }

        [Fact]
        public void Generator_package_metadata_names_license_repository_readme_and_the_runtime_dependency()
        {
            var nuspec = ReadNuspec(_consumers.Feed.PackagePath("GlossaryGen"));
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;

            Assert.Equal(_consumers.Feed.Version, metadata.Element(ns + "version")!.Value);
            var license = metadata.Element(ns + "license")!;
            Assert.Equal("expression", license.Attribute("type")!.Value);
            Assert.Equal("MIT", license.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            var repository = metadata.Element(ns + "repository")!;
            Assert.Equal("git", repository.Attribute("type")!.Value);
            Assert.StartsWith("https://", repository.Attribute("url")!.Value);

            var dependencies = metadata.Element(ns + "dependencies")!.Descendants(ns + "dependency").ToList();
            var runtime = Assert.Single(dependencies);
            Assert.Equal("GlossaryGen.Runtime", runtime.Attribute("id")!.Value);
            Assert.Equal(_consumers.Feed.Version, runtime.Attribute("version")!.Value);
        }

        [Fact]
        public void Runtime_package_ships_both_target_frameworks_with_xml_docs()
        {
            using var package = ZipFile.OpenRead(_consumers.Feed.PackagePath("GlossaryGen.Runtime"));
            var entries = package.Entries.Select(entry => entry.FullName).ToList();

            foreach (var framework in new[] { "netstandard2.0", "net8.0" })
            {
                Assert.Contains($"lib/{framework}/GlossaryGen.Runtime.dll", entries);
                Assert.Contains($"lib/{framework}/GlossaryGen.Runtime.xml", entries);
            }
        }

        [Theory]
        [InlineData("GlossaryGen", "analyzers/dotnet/cs/GlossaryGen.pdb")]
        [InlineData("GlossaryGen.Runtime", "lib/netstandard2.0/GlossaryGen.Runtime.pdb")]
        [InlineData("GlossaryGen.Runtime", "lib/net8.0/GlossaryGen.Runtime.pdb")]
        public void Symbol_packages_hold_each_pdb_beside_where_its_dll_is(string id, string pdbPath)
        {
            using var symbols = ZipFile.OpenRead(_consumers.Feed.SymbolPackagePath(id));

            Assert.Contains(pdbPath, symbols.Entries.Select(entry => entry.FullName));
        }

        /// <summary>
        /// The .NET 8 SDK's compiler is Roslyn 4.8: a generator built against anything newer fails to load there
        /// (CS9057), and one that needs GlossaryGen.Runtime cannot load in the compiler at all.
        /// </summary>
        [Fact]
        public void Generator_loads_in_the_Roslyn_of_the_dotnet8_sdk()
        {
            using var package = ZipFile.OpenRead(_consumers.Feed.PackagePath("GlossaryGen"));
            using var generator = new MemoryStream();
            using (var entry = package.GetEntry(GeneratorPath)!.Open())
            {
                entry.CopyTo(generator);
            }

            generator.Position = 0;
            using var peReader = new PEReader(generator);
            var reader = peReader.GetMetadataReader();
            var references = reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version);

            Assert.True(references.ContainsKey("Microsoft.CodeAnalysis"), "The generator does not reference Roslyn.");
            Assert.All(
                references.Where(reference => reference.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)),
                reference => Assert.True(reference.Value <= new Version(4, 8, 0, 0), $"{reference.Key} {reference.Value} is newer than Roslyn 4.8."));
            Assert.DoesNotContain("GlossaryGen.Runtime", references.Keys);
        }

        private static XDocument ReadNuspec(string packagePath)
        {
            using var package = ZipFile.OpenRead(packagePath);
            var nuspec = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = nuspec.Open();
            return XDocument.Load(stream);
        }
    }
}
