namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>The server cannot start with its configuration; the message says which setting to fix.</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);
