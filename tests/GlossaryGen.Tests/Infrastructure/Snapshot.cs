using System;
using System.IO;
using Xunit.Sdk;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot testing with Verify's conventions: the expected text is committed as
    /// <c>Snapshots/NAME.verified.cs</c>; on a mismatch the actual text is written to
    /// <c>NAME.received.cs</c> (git-ignored) beside it and the test fails. To accept a change,
    /// review the diff and move the received file over the verified one, or run the tests with
    /// <c>GLOSSARYGEN_ACCEPT_SNAPSHOTS=1</c> (see docs/contributing.md).
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "GLOSSARYGEN_ACCEPT_SNAPSHOTS";

        /// <summary>Replaces the generator's version in <c>[GeneratedCode]</c>, so a release does not change every snapshot.</summary>
        public static string ScrubVersion(string source)
            => System.Text.RegularExpressions.Regex.Replace(source, "GeneratedCode\\(\"GlossaryGen\", \"[^\"]*\"\\)", "GeneratedCode(\"GlossaryGen\", \"{version}\")");

        public static void Matches(string actual, string name)
        {
            string directory = Path.Combine(RepositoryPaths.TestProject, "Snapshots");
            string verified = Path.Combine(directory, name + ".verified.cs");
            string received = Path.Combine(directory, name + ".received.cs");
            string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;

            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            Directory.CreateDirectory(directory);
            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(verified, actual);
                File.Delete(received);
                return;
            }

            File.WriteAllText(received, actual);
            throw new XunitException(expected == null
                ? $"No snapshot {verified} yet. Review {received} and accept it (docs/contributing.md)."
                : $"Generated code differs from {verified}. Review the diff with {received} and accept it if intended (docs/contributing.md).\n{FirstDifference(expected, actual)}");
        }

        private static string FirstDifference(string expected, string actual)
        {
            string[] expectedLines = expected.Split('\n');
            string[] actualLines = actual.Split('\n');
            for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
            {
                string? e = i < expectedLines.Length ? expectedLines[i] : null;
                string? a = i < actualLines.Length ? actualLines[i] : null;
                if (e != a)
                {
                    return $"First difference at line {i + 1}:\n  verified: {e ?? "(end of file)"}\n  received: {a ?? "(end of file)"}";
                }
            }

            return "The texts differ only in line endings.";
        }
    }
}
