using System;
using System.Globalization;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Emitting
{
    /// <summary>
    /// Writes a method that switches on an entry's index. Large glossaries get one method per
    /// <see cref="ChunkSize"/> entries behind a small dispatching switch: the compiler's time for a
    /// single switch grows faster than its number of cases, for chunks it stays linear.
    /// </summary>
    internal static class IndexSwitchEmitter
    {
        public const int ChunkSize = 128;

        public static void Emit(CodeWriter writer, string modifiers, string returnType, string name, EquatableArray<EntryModel> entries, Action<EntryModel> emitCase)
        {
            string signature = modifiers + " " + returnType + " " + name + "(int index)";
            if (entries.Count <= ChunkSize)
            {
                EmitSwitch(writer, signature, entries, emitCase);
                return;
            }

            int chunks = (entries.Count + ChunkSize - 1) / ChunkSize;
            writer.Open(signature);
            writer.Open("switch (index / " + Int(ChunkSize) + ")");
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                writer.Line("case " + Int(chunk) + ": return " + name + "_" + Int(chunk) + "(index);");
            }

            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Close();
            writer.Close();
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                writer.Line();
                EmitSwitch(writer, "private static " + returnType + " " + name + "_" + Int(chunk) + "(int index)", entries.Skip(chunk * ChunkSize).Take(ChunkSize), emitCase);
            }
        }

        private static void EmitSwitch(CodeWriter writer, string signature, System.Collections.Generic.IEnumerable<EntryModel> entries, Action<EntryModel> emitCase)
        {
            writer.Open(signature);
            writer.Open("switch (index)");
            foreach (EntryModel entry in entries)
            {
                emitCase(entry);
            }

            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Close();
            writer.Close();
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
