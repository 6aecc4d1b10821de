using MassTransit;

namespace Ssi.Messaging.Redelivery;

/// <summary>
/// Outside the immediate retries: a message they could not get through is scheduled for a
/// delayed redelivery and acknowledged, instead of going straight to the error queue.
/// </summary>
internal sealed class RedeliveryFilter<TMessage>(Redeliveries redeliveries) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            if (!await redeliveries.TryScheduleAsync(context, exception))
            {
                throw;
            }
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("redelivery");
}

/// <summary>Puts a <see cref="RedeliveryFilter{TMessage}"/> on every message type's consume pipe, outermost when connected first.</summary>
internal sealed class RedeliveryConfigurationObserver : MassTransit.Configuration.ConfigurationObserver, IMessageConfigurationObserver
{
    private readonly Redeliveries _redeliveries;

    public RedeliveryConfigurationObserver(IConsumePipeConfigurator configurator, Redeliveries redeliveries)
        : base(configurator)
    {
        _redeliveries = redeliveries;
        Connect(this);
    }

    public void MessageConfigured<TMessage>(IConsumePipeConfigurator configurator) where TMessage : class =>
        configurator.AddPipeSpecification(new MassTransit.Configuration.FilterPipeSpecification<ConsumeContext<TMessage>>(new RedeliveryFilter<TMessage>(_redeliveries)));
}
