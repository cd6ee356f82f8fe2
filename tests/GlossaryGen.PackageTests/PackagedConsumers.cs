using System;
using System.IO;
using Xunit;

namespace GlossaryGen.PackageTests
{
    /// <summary>
    /// Packs once and builds every consumer once (one restore, one build) for all the tests of the collection;
    /// each test then runs one app or inspects one package.
    /// </summary>
    public sealed class PackagedConsumers : IDisposable
    {
        private readonly string _workDirectory;

        public PackagedConsumers()
        {
            _workDirectory = Path.Combine(Path.GetTempPath(), "glossarygen-package-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_workDirectory);
            Feed = LocalFeed.Pack(_workDirectory);
            Workspace = new ConsumerWorkspace(
                Path.Combine(_workDirectory, "consumers"),
                Feed,
                ConsumerProjects.All(Feed.Version));
            BuildResult = Workspace.Build();
        }

        internal LocalFeed Feed { get; }

        internal ConsumerWorkspace Workspace { get; }

        internal ProcessResult BuildResult { get; }

        /// <summary>A further workspace on the same feed, for consumers that must be built apart (one that fails on purpose).</summary>
        internal ConsumerWorkspace CreateWorkspace(string name, params ConsumerProject[] projects)
            => new ConsumerWorkspace(Path.Combine(_workDirectory, name), Feed, projects);

        /// <summary>Runs a consumer app after checking the build succeeded, so a build failure shows its log.</summary>
        internal ProcessResult RunApp(string appName)
        {
            Assert.True(BuildResult.ExitCode == 0, "The consumers did not build. " + BuildResult.Describe());
            var result = Workspace.Run(appName);
            Assert.True(result.ExitCode == 0, result.Describe());
            return result;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open must not fail the run; the folder lives under the temp directory.
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackagedConsumersCollection : ICollectionFixture<PackagedConsumers>
    {
        public const string Name = "Packaged consumers";
    }
}
