using Microsoft.Playwright;

namespace Ssi.EndToEnd.Tests.Browser;

public static class Layout
{
    /// <summary>The page fits its viewport's width: a phone of 320 px never scrolls sideways (WCAG 1.4.10, reflow).</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var width = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways at {width} px: its content is {scrollWidth} px wide.");
    }
}
