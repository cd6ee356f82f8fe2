using System;

namespace GlossaryGen.Sample
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.WriteLine("placeholder");
            return 0;
        }
    }
}
