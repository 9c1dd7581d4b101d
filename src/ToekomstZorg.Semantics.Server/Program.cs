// The host is wired up by the gRPC service work (issue 4); this placeholder keeps the solution building.
return 0;
