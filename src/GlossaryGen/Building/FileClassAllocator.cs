using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Gives every glossary file its class under <c>Glossary.Files</c>: the name its metadata asks for, or one
    /// made from the file name; when two files want the same, the file later by path gets a suffix and GG0202.
    /// </summary>
    internal static class FileClassAllocator
    {
        public static FileClasses Allocate(ImmutableArray<FileName> files, GeneratedNames names)
        {
            // A nested class may not share its container's name (Glossary.Files.Files would not compile), nor
            // the name of one of its own members (a table class All would hold a member All), nor hide the
            // classes its entry list names (a class Files.Terms would hide Glossary.Terms). Such a file quietly
            // gets a suffix: nothing is wrong with its name, only taken.
            string[] reserved = FileMemberNames.TableMembers.Concat(new[] { names.Files, names.ClassName, names.Terms, names.Definitions }).ToArray();
            var classNames = new IdentifierAllocator(reserved);
            var classes = new List<FileClass>(files.Length);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (FileName file in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                string wanted = file.RequestedClassName ?? IdentifierMapper.FromFileName(file.Name);
                string className = classNames.Allocate(wanted, file.Name, out string? collidedWith);
                if (collidedWith != null && System.Array.IndexOf(reserved, wanted) < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision.Id,
                        new FileLocation(file.Path, TextRange.FileStart),
                        file.Name,
                        wanted,
                        collidedWith,
                        className));
                }

                classes.Add(new FileClass(file.Path, className));
            }

            return new FileClasses(classes.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
    }
}
