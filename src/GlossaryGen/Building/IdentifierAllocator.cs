using System.Collections.Generic;
using System.Globalization;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Hands out unique member names within one class: the first to ask gets the plain name, later
    /// ones a numbered suffix (<c>_2</c>, <c>_3</c>), so names depend only on input order.
    /// </summary>
    internal sealed class IdentifierAllocator
    {
        private readonly Dictionary<string, string> _owners = new Dictionary<string, string>(System.StringComparer.Ordinal);

        /// <param name="reserved">Names already taken by the class itself or its fixed members.</param>
        public IdentifierAllocator(params string[] reserved)
        {
            foreach (string name in reserved)
            {
                _owners[name] = name;
            }
        }

        /// <summary>Returns a unique name for <paramref name="owner"/>, and the earlier owner it collided with, if any.</summary>
        public string Allocate(string wanted, string owner, out string? collidedWith)
        {
            collidedWith = null;
            if (_owners.TryGetValue(wanted, out string? existing))
            {
                collidedWith = existing;
                string stem = wanted.StartsWith("@", System.StringComparison.Ordinal) ? wanted.Substring(1) : wanted;
                int suffix = 2;
                string candidate;
                do
                {
                    candidate = stem + "_" + suffix.ToString(CultureInfo.InvariantCulture);
                    suffix++;
                }
                while (_owners.ContainsKey(candidate));
                wanted = candidate;
            }

            _owners.Add(wanted, owner);
            return wanted;
        }
    }
}
