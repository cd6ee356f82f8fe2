using System.Globalization;
using System.Runtime.InteropServices;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// What the calling thread has used so far (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> for its CPU time,
    /// <c>getrusage(RUSAGE_THREAD)</c> for page faults and involuntary context switches). Beside a stopwatch it tells work from waiting: a slow first lookup whose CPU time
    /// is that of a fast one was preempted, not busier. Zero elsewhere.
    /// </summary>
    internal readonly record struct ThreadUsage(double CpuMilliseconds, long MinorFaults, long MajorFaults, long InvoluntarySwitches)
    {
        private const int RusageThread = 1;
        private const int ThreadCpuClock = 3;

        public static ThreadUsage Now()
        {
            if (!System.OperatingSystem.IsLinux() || getrusage(RusageThread, out Rusage usage) != 0 || clock_gettime(ThreadCpuClock, out TimeSpec cpu) != 0)
            {
                return default;
            }

            // getrusage's CPU times count scheduler ticks (4 ms here); the thread's CPU clock counts nanoseconds.
            return new ThreadUsage((cpu.Seconds * 1000.0) + (cpu.Nanoseconds / 1e6), usage.MinorFaults, usage.MajorFaults, usage.InvoluntarySwitches);
        }

        public static ThreadUsage operator -(ThreadUsage after, ThreadUsage before) => new ThreadUsage(
            after.CpuMilliseconds - before.CpuMilliseconds,
            after.MinorFaults - before.MinorFaults,
            after.MajorFaults - before.MajorFaults,
            after.InvoluntarySwitches - before.InvoluntarySwitches);

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{CpuMilliseconds:F2} ms CPU, {MinorFaults} minor faults, {MajorFaults} major, {InvoluntarySwitches} involuntary switches");

        [DllImport("libc", SetLastError = true)]
        private static extern int getrusage(int who, out Rusage usage);

        [DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        /// <summary>struct rusage of 64-bit Linux: two timevals, then fourteen longs.</summary>
        [StructLayout(LayoutKind.Sequential)]
        private struct Rusage
        {
            public long UserSeconds;
            public long UserMicroseconds;
            public long SystemSeconds;
            public long SystemMicroseconds;
            public long MaxResidentSet;
            public long SharedMemory;
            public long UnsharedData;
            public long UnsharedStack;
            public long MinorFaults;
            public long MajorFaults;
            public long Swaps;
            public long BlockInputs;
            public long BlockOutputs;
            public long MessagesSent;
            public long MessagesReceived;
            public long Signals;
            public long VoluntarySwitches;
            public long InvoluntarySwitches;
        }
    }
}
