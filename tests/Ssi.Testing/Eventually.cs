namespace Ssi.Testing;

/// <summary>Retries an assertion until it passes or the time is up: for effects that cross the broker.</summary>
public static class Eventually
{
    public static async Task Async(Func<Task> assertion, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
