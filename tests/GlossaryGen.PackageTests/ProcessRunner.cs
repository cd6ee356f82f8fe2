using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace GlossaryGen.PackageTests
{
    /// <summary>The outcome of one child process.</summary>
    internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error)
    {
        public string Describe() =>
            $"`{CommandLine}` exited with {ExitCode}.\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    /// <summary>Runs the dotnet CLI and the consumer apps with a clean, predictable environment.</summary>
    internal static class ProcessRunner
    {
        public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            IsolateFromParentBuild(startInfo);

            var commandLine = fileName + " " + string.Join(" ", startInfo.ArgumentList);
            using var process = Process.Start(startInfo)
                ?? throw new InvalidOperationException($"Could not start `{commandLine}`.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{commandLine}` did not finish within {timeout}.");
            }

            process.WaitForExit();
            return new ProcessResult(commandLine, process.ExitCode, output.Result, error.Result);
        }

        /// <summary>
        /// `dotnet test` hands its MSBuild settings down to the test host; a nested build must pick its own
        /// (the consumer's) instead and must not reuse a build server or node of the outer build. The package
        /// folder is chosen by the consumer's nuget.config, so NUGET_PACKAGES must not override it.
        /// </summary>
        private static void IsolateFromParentBuild(ProcessStartInfo startInfo)
        {
            var environment = startInfo.Environment;
            foreach (var name in new List<string>(environment.Keys))
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(name);
                }
            }

            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        }
    }
}
