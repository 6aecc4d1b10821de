namespace PublicSite.Site;

public static class WidgetPaths
{
    /// <summary>Where the widget's framed pages live: <c>/widget/programme/{kind}/{code}</c>.</summary>
    public const string Frame = "/widget";
}
