using System.Text;

namespace GlossaryGen.Corpus
{
    /// <summary>Text shortened to one printable line, so a listing stays one line per finding.</summary>
    internal static class DisplayLine
    {
        public static string Of(string text, int max)
        {
            var builder = new StringBuilder(System.Math.Min(text.Length, max + 1));
            foreach (char c in text)
            {
                if (builder.Length >= max)
                {
                    builder.Append('…');
                    break;
                }

                builder.Append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }

            return builder.ToString();
        }
    }
}
