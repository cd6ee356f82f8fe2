using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace GlossaryGen.PackageTests
{
    /// <summary>
    /// A folder outside the repository with consumer projects, a solution that builds them with one restore, and a
    /// nuget.config that reads GlossaryGen from the local feed into a package folder of its own.
    /// </summary>
    internal sealed class ConsumerWorkspace
    {
        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly string _directory;

        public ConsumerWorkspace(string directory, LocalFeed feed, IReadOnlyList<ConsumerProject> projects)
        {
            _directory = directory;
            System.IO.Directory.CreateDirectory(directory);
            // Stop MSBuild from importing anything above the workspace: the consumers stand alone.
            Write("Directory.Build.props", "<Project />\n");
            Write("Directory.Build.targets", "<Project />\n");
            Write("nuget.config", NuGetConfig(feed, Path.Combine(directory, "packages")));
            Write("Consumers.sln", Solution(projects.Select(project => project.Name)));
            foreach (var project in projects)
            {
                Write(Path.Combine(project.Name, project.Name + ".csproj"), project.ProjectFile);
                foreach (var file in project.Files)
                {
                    Write(Path.Combine(project.Name, file.Key), file.Value);
                }
            }
        }

        public string PackagesDirectory => Path.Combine(_directory, "packages");

        /// <summary>Restores and builds every consumer in one go.</summary>
        public ProcessResult Build() =>
            ProcessRunner.Run(
                "dotnet",
                new[] { "build", "Consumers.sln", "--configuration", "Debug", "-nodeReuse:false" },
                _directory,
                BuildTimeout);

        /// <summary>
        /// Applies the code fixes of <paramref name="diagnosticId"/> as a user would from the command line, with the
        /// analyzers and code fixes the consumers restored from the package.
        /// </summary>
        public ProcessResult FormatAnalyzers(string diagnosticId) =>
            ProcessRunner.Run(
                "dotnet",
                new[] { "format", "analyzers", "Consumers.sln", "--diagnostics", diagnosticId, "--severity", "info", "--no-restore", "--verbosity", "detailed" },
                _directory,
                BuildTimeout);

        /// <summary>The text of a consumer's file, by path relative to its project folder.</summary>
        public string ReadFile(string projectName, string relativePath)
            => File.ReadAllText(Path.Combine(_directory, projectName, relativePath));

        /// <summary>Runs a built net8.0 console app; it rolls forward to whatever runtime is installed.</summary>
        public ProcessResult Run(string appName) =>
            ProcessRunner.Run(
                "dotnet",
                new[] { Path.Combine(_directory, appName, "bin", "Debug", "net8.0", appName + ".dll") },
                _directory,
                RunTimeout);

        private void Write(string relativePath, string text)
        {
            var path = Path.Combine(_directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.Replace("\r\n", "\n"), Utf8NoBom);
        }

        /// <summary>
        /// Only two sources: the fresh feed, and the machine's package folder, which is also a fallback folder so the
        /// SDK's targeting packs and NETStandard.Library are used in place rather than downloaded or copied again.
        /// </summary>
        private static string NuGetConfig(LocalFeed feed, string packagesDirectory)
        {
            var machinePackages = MachinePackageFolder();
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{Escape(packagesDirectory)}" />
                  </config>
                  <packageSources>
                    <clear />
                    <add key="glossarygen-test-feed" value="{Escape(feed.Directory)}" />
                    <add key="machine-packages" value="{Escape(machinePackages)}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <clear />
                    <add key="machine-packages" value="{Escape(machinePackages)}" />
                  </fallbackPackageFolders>
                </configuration>

                """;
        }

        private static string MachinePackageFolder()
        {
            var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrEmpty(configured)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : configured;
        }

        private static string Solution(IEnumerable<string> projectNames)
        {
            const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
            var projects = projectNames.Select((name, index) => (Name: name, Id: $"{{00000000-0000-0000-0000-{index + 1:D12}}}")).ToList();
            var text = new StringBuilder();
            text.Append("Microsoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
            foreach (var project in projects)
            {
                text.Append($"Project(\"{CSharpProjectType}\") = \"{project.Name}\", \"{project.Name}\\{project.Name}.csproj\", \"{project.Id}\"\nEndProject\n");
            }

            text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
            text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
            foreach (var project in projects)
            {
                text.Append($"\t\t{project.Id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{project.Id}.Debug|Any CPU.Build.0 = Debug|Any CPU\n");
            }

            text.Append("\tEndGlobalSection\nEndGlobal\n");
            return text.ToString();
        }

        private static string Escape(string value) => SecurityElement.Escape(value) ?? value;
    }
}
