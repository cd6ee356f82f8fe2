using System;
using System.Linq;
using System.Reflection;

namespace GlossaryGen.PackageTests
{
    /// <summary>Facts about the build that produced these tests, recorded by the project file.</summary>
    internal static class BuildInfo
    {
        public static string RepositoryRoot => Read("RepositoryRoot");

        public static string Configuration => Read("Configuration");

        public static string GlossaryGenVersion => Read("GlossaryGenVersion");

        private static string Read(string key)
        {
            var value = typeof(BuildInfo).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == key)?.Value;
            return value ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
        }
    }
}
