using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace GlossaryGen.Tests.Incremental
{
    /// <summary>
    /// Walks everything reachable from a cached pipeline value, field by field. A Compilation, symbol, syntax
    /// node or Location in the cache keeps whole compilations alive in the IDE and defeats caching, because
    /// those compare by identity and are new after every edit.
    /// </summary>
    internal static class CachedValueGraph
    {
        private static readonly Type[] Forbidden =
        {
            typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location),
        };

        /// <summary>Returns a path (Root.Field.Field…) to every forbidden object reachable from <paramref name="root"/>.</summary>
        public static List<string> FindForbidden(object root, string rootName)
        {
            var found = new List<string>();
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<(object Value, string Path)>();
            pending.Push((root, rootName));
            while (pending.Count > 0)
            {
                var (value, path) = pending.Pop();
                var type = value.GetType();
                if (IsLeaf(type) || (!type.IsValueType && !visited.Add(value)))
                {
                    continue;
                }

                foreach (var forbidden in Forbidden)
                {
                    if (forbidden.IsAssignableFrom(type))
                    {
                        found.Add($"{path} is a {forbidden.Name} ({type.FullName})");
                    }
                }

                foreach (var (child, childPath) in Children(value, type, path))
                {
                    pending.Push((child, childPath));
                }
            }

            return found;
        }

        private static IEnumerable<(object Value, string Path)> Children(object value, Type type, string path)
        {
            if (value is Array array)
            {
                var index = 0;
                foreach (var item in array)
                {
                    if (item != null)
                    {
                        yield return (item, $"{path}[{index}]");
                    }

                    index++;
                }

                yield break;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is object child)
                    {
                        yield return (child, $"{path}.{ReadableName(field)}");
                    }
                }
            }
        }

        /// <summary>Names a record's property by the property, not by its compiler-generated backing field.</summary>
        private static string ReadableName(FieldInfo field) =>
            field.Name.StartsWith("<", StringComparison.Ordinal) && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)
                ? field.Name.Substring(1, field.Name.Length - "<>k__BackingField".Length)
                : field.Name;

        /// <summary>Values that cannot lead anywhere, and runtime plumbing the pipeline never stores on its own.</summary>
        private static bool IsLeaf(Type type) =>
            type.IsPrimitive || type.IsEnum || type.IsPointer
            || type == typeof(string) || type == typeof(decimal)
            || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type)
            || typeof(MemberInfo).IsAssignableFrom(type) || typeof(System.Text.Encoding).IsAssignableFrom(type)
            || (type.IsArray && type.GetElementType()!.IsPrimitive);
    }
}
