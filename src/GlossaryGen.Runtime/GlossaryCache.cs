using System.ComponentModel;
using System.Threading;

namespace GlossaryGen
{
    /// <summary>
    /// A value generated code creates on first use and then always returns: a table's <c>All</c> list, the
    /// matcher, the definitions by position, so that no static constructor builds them before the first lookup. Generated code
    /// uses it as <c>s_x.Value ?? s_x.Set(new …)</c>; applications need not.
    /// </summary>
    /// <typeparam name="T">The cached type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct GlossaryCache<T>
        where T : class
    {
        private T? _value;

        /// <summary>The value, or null before the first <see cref="Set"/>.</summary>
        public T? Value => Volatile.Read(ref _value);

        /// <summary>Stores <paramref name="created"/> unless another thread stored one first, and returns the stored one.</summary>
        /// <param name="created">A freshly created value.</param>
        /// <returns>The one instance every caller gets.</returns>
        public T Set(T created) => Interlocked.CompareExchange(ref _value, created, null) ?? created;
    }
}
