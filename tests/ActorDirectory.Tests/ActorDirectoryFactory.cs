using ActorDirectory.Data;
using Ssi.Testing;

namespace ActorDirectory.Tests;

public sealed class ActorDirectoryFactory() : ServiceFactory<Program, DirectoryDbContext>("directorydb");
