using System;
using System.IO;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>
    /// Finds files of the repository from the test's output folder. Compile-time paths
    /// ([CallerFilePath]) are not used because CI builds map them to /_/.
    /// </summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        public static string Root => RootPath.Value;

        public static string TestProject => Path.Combine(Root, "tests", "GlossaryGen.Tests");

        /// <summary>A seed report shipped with the sample (and copied beside the tests).</summary>
        public static string Report(string fileName) => Path.Combine(AppContext.BaseDirectory, "Reports", fileName);

        private static string FindRoot()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "GlossaryGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("GlossaryGen.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
