using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using PublicSite.Apis;
using PublicSite.Caching;
using PublicSite.Site;
using Ssi.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatformDefaults();
builder.AddPublicApis();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddPageCache();
builder.AddPageCacheEviction();

var app = builder.Build();

app.UseForwardedHeaders();
app.UsePublicBaseUrl();
app.UseFrenchErrorPages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UsePageCache();

app.MapDefaultEndpoints();
app.MapRazorPages();
app.MapWidgetTheme();

app.Run();

public partial class Program;
