using Ssi.ServiceDefaults.Http;

namespace PublicSite.Apis;

/// <summary>The funding calls anyone may read.</summary>
public sealed class FundingApi(HttpClient http) : PublicApi(http)
{
    /// <summary>The calls open to applications now, those closing first first.</summary>
    public async Task<IReadOnlyList<FundingCall>> OpenCallsAsync(CancellationToken cancellationToken) =>
        (await GetAsync<Page<FundingCall>>("/calls?status=open&limit=100", cancellationToken))?.Items ?? [];

    public Task<FundingCall?> CallAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<FundingCall>($"/calls/{id}", cancellationToken);
}
