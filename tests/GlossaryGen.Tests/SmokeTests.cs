using Xunit;

namespace GlossaryGen.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void Normalize_removes_surrounding_quotes_and_whitespace()
        {
            Assert.Equal("六零", GlossaryKey.Normalize(" “六零” "));
        }
    }
}
