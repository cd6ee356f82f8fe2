namespace GlossaryGen.Model
{
    /// <summary>
    /// The class under <c>Glossary.Files</c> of every glossary file, decided once for the project because
    /// two files may ask for the same name. Changes only when files are added, removed or renamed.
    /// </summary>
    /// <param name="Classes">Every file's class, ordered by path.</param>
    /// <param name="Diagnostics">GG0202 for a file whose wanted name another file took.</param>
    internal sealed record FileClasses(EquatableArray<FileClass> Classes, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public string ClassOf(string path)
        {
            foreach (FileClass file in Classes)
            {
                if (file.Path == path)
                {
                    return file.ClassName;
                }
            }

            return "GlossaryFile";
        }
    }

    /// <summary>One file and its class name.</summary>
    internal sealed record FileClass(string Path, string ClassName);

    /// <summary>What choosing a file's class needs: its path, its name, and the class name its metadata asks for.</summary>
    internal sealed record FileName(string Path, string Name, string? RequestedClassName);
}
