using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>Compiles a generator run's output to an assembly and calls the generated class, as a consumer would.</summary>
    internal sealed class GeneratedAssembly
    {
        private readonly Type _glossary;

        public GeneratedAssembly(Compilation compilation, string typeName)
        {
            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", result.Diagnostics));
            }

            Assembly assembly = Assembly.Load(stream.ToArray());
            _glossary = assembly.GetType(typeName) ?? throw new InvalidOperationException(typeName + " was not generated");
        }

        public string Expand(string term) => (string)Invoke("Expand", term)!;

        public GlossaryEntry? Lookup(string term) => (GlossaryEntry?)Invoke("Lookup", term);

        public int IndexOf(string term) => (int)Invoke("IndexOf", term)!;

        /// <summary>The serialized index the generator put on the class, as the analyzer reads it from metadata.</summary>
        public string? Index => _glossary.GetCustomAttribute<GlossaryIndexAttribute>()?.Index;

        public GlossaryEntry[] All => ((System.Collections.Generic.IReadOnlyList<GlossaryEntry>)_glossary.GetProperty("All")!.GetValue(null)!).ToArray();

        /// <summary>A member of a nested class, such as <c>Terms.六零</c> or <c>Files.Yiyang.六零</c>.</summary>
        public object? Member(string nestedClass, string member)
        {
            Type type = nestedClass.Split('.').Aggregate(_glossary, (outer, name) => outer.GetNestedType(name)!);
            return (object?)type.GetProperty(member)?.GetValue(null) ?? type.GetField(member)?.GetValue(null);
        }

        private object? Invoke(string method, string argument)
        {
            try
            {
                return _glossary.GetMethod(method, new[] { typeof(string) })!.Invoke(null, new object[] { argument });
            }
            catch (TargetInvocationException exception) when (exception.InnerException != null)
            {
                throw exception.InnerException;
            }
        }
    }
}
