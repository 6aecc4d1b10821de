using FundingCalls.Data;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class FundingCallsFactory() : ServiceFactory<Program, FundingDbContext>("fundingdb");
