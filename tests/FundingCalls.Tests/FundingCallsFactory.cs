using FundingCalls.Data;
using Ssi.Testing;

namespace FundingCalls.Tests;

public class FundingCallsFactory() : ServiceFactory<Program, FundingDbContext>("fundingdb");
