namespace Ssi.Contracts;

/// <summary>
/// A fact one service tells the others. MassTransit routes it by its full type name, so a
/// contract keeps its name and namespace forever: adding a field is compatible, renaming or
/// removing one makes a new message.
/// </summary>
public interface IIntegrationEvent
{
    DateTimeOffset OccurredAt { get; }
}
