namespace GlossaryGen.Model
{
    /// <summary>
    /// The names in the generated code that follow from the options: the namespace, the class and its
    /// members. A member may not share its class's name (CS0542), so when the class is called like one of
    /// them (<c>Terms</c>, <c>Find</c>, <c>All</c> …) that member gets a trailing <c>_</c>: any valid class name compiles.
    /// </summary>
    /// <param name="Namespace">The namespace of the generated class; empty for the global namespace.</param>
    /// <param name="ClassName">The generated class's name (<c>Glossary</c>).</param>
    internal sealed record GeneratedNames(string Namespace, string ClassName)
    {
        public string All => Member("All");

        public string Expand => Member("Expand");

        public string TryExpand => Member("TryExpand");

        public string Lookup => Member("Lookup");

        public string IndexOf => Member("IndexOf");

        public string Find => Member("Find");

        public string EnumerateMatches => Member("EnumerateMatches");

        /// <summary>The container of one typed <c>GlossaryEntry</c> member per entry.</summary>
        public string Terms => Member("Terms");

        /// <summary>The container of one <c>const string</c> per entry.</summary>
        public string Definitions => Member("Definitions");

        /// <summary>The container of the per-file term tables.</summary>
        public string Files => Member("Files");

        /// <summary>The private class that holds the lookup and matcher tables.</summary>
        public string Tables => Member("GlossaryTables");

        /// <summary>The class as code inside it names it from anywhere: <c>global::Consumer.Glossary</c>.</summary>
        public string Qualified => "global::" + (Namespace.Length > 0 ? Namespace + "." : string.Empty) + ClassName;

        private string Member(string name) => name == ClassName ? name + "_" : name;
    }
}
