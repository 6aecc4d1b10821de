using Communications.Data;
using Ssi.Testing;

namespace Communications.Tests;

public sealed class CommunicationsFactory() : ServiceFactory<Program, CommunicationsDbContext>("commsdb");
