using System.Collections.Generic;

namespace GlossaryGen.PackageTests
{
    /// <summary>A project as a user would write it: its csproj and its other files, by relative path.</summary>
    /// <param name="Name">The project's folder and file name; also its root namespace.</param>
    /// <param name="ProjectFile">The csproj's text.</param>
    /// <param name="Files">Every other file, by path relative to the project folder.</param>
    internal sealed record ConsumerProject(string Name, string ProjectFile, IReadOnlyDictionary<string, string> Files);
}
