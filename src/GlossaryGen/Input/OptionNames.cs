namespace GlossaryGen.Input
{
    /// <summary>The MSBuild properties and item metadata GlossaryGen reads, as the compiler exposes them.</summary>
    internal static class OptionNames
    {
        public const string Namespace = "build_property.GlossaryGen_Namespace";
        public const string ClassName = "build_property.GlossaryGen_ClassName";
        public const string Accessibility = "build_property.GlossaryGen_Accessibility";
        public const string RootNamespace = "build_property.RootNamespace";
        public const string GlossaryMetadata = "build_metadata.AdditionalFiles.Glossary";
        public const string ClassNameMetadata = "build_metadata.AdditionalFiles.GlossaryClassName";

        /// <summary>The file-name suffix that makes an AdditionalFile a glossary without metadata.</summary>
        public const string GlossarySuffix = ".glossary.txt";
    }
}
