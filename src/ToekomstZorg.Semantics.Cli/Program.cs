using ToekomstZorg.Semantics.Cli;

return TzsemCommandLine.Run(args, CliConsole.FromProcess());
