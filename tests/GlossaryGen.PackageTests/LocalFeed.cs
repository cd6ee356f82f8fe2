using System;
using System.IO;
using System.Threading.Tasks;

namespace GlossaryGen.PackageTests
{
    /// <summary>
    /// A folder feed holding GlossaryGen and GlossaryGen.Runtime packed from the current build, under a version no
    /// earlier run used, so no package cache can hand a consumer a stale copy.
    /// </summary>
    internal sealed class LocalFeed
    {
        private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(3);

        private LocalFeed(string directory, string version)
        {
            Directory = directory;
            Version = version;
        }

        public string Directory { get; }

        public string Version { get; }

        public string PackagePath(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");

        public string SymbolPackagePath(string id) => Path.Combine(Directory, $"{id}.{Version}.snupkg");

        /// <summary>Packs the already built projects (no rebuild, so the outer build's output stays untouched).</summary>
        public static LocalFeed Pack(string workDirectory)
        {
            var feedDirectory = Path.Combine(workDirectory, "feed");
            var version = $"{BuildInfo.GlossaryGenVersion}-packagetest-{Guid.NewGuid():N}";
            var packs = new[]
            {
                Task.Run(() => PackProject("GlossaryGen", feedDirectory, version, workDirectory)),
                Task.Run(() => PackProject("GlossaryGen.Runtime", feedDirectory, version, workDirectory)),
            };
            Task.WaitAll(packs);
            return new LocalFeed(feedDirectory, version);
        }

        private static void PackProject(string name, string feedDirectory, string version, string workDirectory)
        {
            var project = Path.Combine(BuildInfo.RepositoryRoot, "src", name, name + ".csproj");
            var result = ProcessRunner.Run(
                "dotnet",
                new[]
                {
                    "pack", project,
                    "--no-build",
                    "--configuration", BuildInfo.Configuration,
                    "--output", feedDirectory,
                    "-p:PackageVersion=" + version,
                    // The .nuspec would otherwise be written into the project's obj/ folder.
                    "-p:NuspecOutputPath=" + Path.Combine(workDirectory, "nuspec", name) + Path.DirectorySeparatorChar,
                },
                workDirectory,
                PackTimeout);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("Packing failed. " + result.Describe());
            }
        }
    }
}
