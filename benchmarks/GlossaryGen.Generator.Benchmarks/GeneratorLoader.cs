using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>Finds the generator the way the compiler does: by its [Generator] attribute, whatever its accessibility.</summary>
    internal static class GeneratorLoader
    {
        public static IIncrementalGenerator Create()
        {
            var assembly = Assembly.Load(new AssemblyName("GlossaryGen"));
            var type = assembly.GetTypes().SingleOrDefault(candidate =>
                candidate.GetCustomAttributes(typeof(GeneratorAttribute), inherit: false).Length > 0
                && typeof(IIncrementalGenerator).IsAssignableFrom(candidate))
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no [Generator] IIncrementalGenerator.");
            return (IIncrementalGenerator)Activator.CreateInstance(type, nonPublic: true)!;
        }
    }
}
