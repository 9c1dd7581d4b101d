"""A gRPC client this project did not write (Debian's python3-grpcio) for the functional tests.

Usage: grpc_probe.py GENDIR TARGET COMMAND ARGS...
  GENDIR  directory with the protoc --python_out modules (terminology_pb2, fhir_pb2, health_pb2, reflection_*_pb2)
  TARGET  host:port of the gRPC endpoint (cleartext HTTP/2)
Commands (each prints one JSON object per line on stdout):
  unary SERVICE METHOD REQUEST_JSON [--gzip] [--timeout SECONDS]
  server_stream SERVICE METHOD REQUEST_JSON [--timeout SECONDS] [--max N]   (one line per message as it arrives, then the status)
  bidi SERVICE METHOD REQUEST_JSON...                                        (all requests, then all responses and the status)
  cancel SERVICE METHOD REQUEST_JSON                                         (read the first message, cancel, report)
  raw SERVICE METHOD HEX                                                     (send the bytes as the request message)
  reflection_list v1|v1alpha
  hammer SERVICE METHOD REQUEST_JSON --seconds S --threads T                  (repeat the unary call; counts per status and
                                                                             the vocabulary_version values seen)
Options: --timeout SECONDS (deadline), --gzip (compress requests), --max N (cancel a stream after N messages),
  --metadata KEY=VALUE (custom request metadata, repeatable),
  --fill FIELD BYTES (set a string field of the first request to BYTES letters: messages too large for argv).
Message JSON uses the protobuf JSON mapping. Status lines: {"status": NAME, "details": TEXT, "trailers": {...}}.
"""
import binascii
import glob
import importlib
import json
import os
import sys

import grpc
from google.protobuf import descriptor_pool, json_format, symbol_database


def load_modules(gendir):
    sys.path.insert(0, gendir)
    for path in glob.glob(os.path.join(gendir, "**", "*_pb2.py"), recursive=True):
        module = os.path.relpath(path, gendir)[:-3].replace(os.sep, ".")
        importlib.import_module(module)


def message_classes(service, method):
    pool = descriptor_pool.Default()
    descriptor = pool.FindServiceByName(service).FindMethodByName(method)
    db = symbol_database.Default()
    return db.GetSymbol(descriptor.input_type.full_name), db.GetSymbol(descriptor.output_type.full_name)


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def emit_message(message):
    emit({"message": json_format.MessageToDict(message, preserving_proto_field_name=True)})


def emit_status(code, details, trailers=None):
    emit({"status": code.name, "details": details or "", "trailers": {k: v for k, v in (trailers or ()) if isinstance(v, str)}})


def emit_error(error):
    emit_status(error.code(), error.details(), error.trailing_metadata())


HAMMER = {"seconds": 3.0, "threads": 4}
METADATA = []


def hammer(channel, path, request, serialize, deserialize):
    import threading
    import time
    call = channel.unary_unary(path, request_serializer=serialize, response_deserializer=deserialize)
    statuses, versions, lock = {}, set(), threading.Lock()
    deadline = time.monotonic() + HAMMER["seconds"]

    def worker():
        local_statuses, local_versions = {}, set()
        while time.monotonic() < deadline:
            try:
                response = call(request, timeout=10)
                local_statuses["OK"] = local_statuses.get("OK", 0) + 1
                local_versions.add(response.vocabulary_version)
            except grpc.RpcError as error:
                name = error.code().name
                local_statuses[name] = local_statuses.get(name, 0) + 1
        with lock:
            for k, v in local_statuses.items():
                statuses[k] = statuses.get(k, 0) + v
            versions.update(local_versions)

    threads = [threading.Thread(target=worker) for _ in range(HAMMER["threads"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    emit({"statuses": statuses, "versions": sorted(versions)})


def options(args):
    timeout = None
    compression = None
    limit = None
    fill = None
    rest = []
    i = 0
    while i < len(args):
        if args[i] == "--timeout":
            timeout = float(args[i + 1])
            i += 2
        elif args[i] == "--gzip":
            compression = grpc.Compression.Gzip
            i += 1
        elif args[i] == "--max":
            limit = int(args[i + 1])
            i += 2
        elif args[i] == "--metadata":
            key, _, value = args[i + 1].partition("=")
            METADATA.append((key, value))
            i += 2
        elif args[i] == "--seconds":
            HAMMER["seconds"] = float(args[i + 1])
            i += 2
        elif args[i] == "--threads":
            HAMMER["threads"] = int(args[i + 1])
            i += 2
        elif args[i] == "--fill":
            fill = (args[i + 1], int(args[i + 2]))
            i += 3
        else:
            rest.append(args[i])
            i += 1
    return rest, timeout, compression, limit, fill


def main():
    gendir, target, command = sys.argv[1], sys.argv[2], sys.argv[3]
    load_modules(gendir)
    args, timeout, compression, limit, fill = options(sys.argv[4:])
    channel = grpc.insecure_channel(target, options=[("grpc.max_receive_message_length", 64 * 1024 * 1024)])
    if command == "reflection_list":
        version = args[0]
        service = "grpc.reflection.v1.ServerReflection" if version == "v1" else "grpc.reflection.v1alpha.ServerReflection"
        request_type, response_type = message_classes(service, "ServerReflectionInfo")
        call = channel.stream_stream(f"/{service}/ServerReflectionInfo",
                                     request_serializer=request_type.SerializeToString,
                                     response_deserializer=response_type.FromString)
        try:
            for response in call(iter([request_type(host="", list_services="")]), timeout=timeout or 10):
                emit_message(response)
            emit_status(grpc.StatusCode.OK, "")
        except grpc.RpcError as error:
            emit_error(error)
        return

    service, method = args[0], args[1]
    path = f"/{service}/{method}"
    if command == "raw":
        call = channel.unary_unary(path, request_serializer=lambda b: b, response_deserializer=lambda b: b)
        try:
            response = call(binascii.unhexlify(args[2]), timeout=timeout or 10)
            emit({"raw_response_hex": response.hex()})
            emit_status(grpc.StatusCode.OK, "")
        except grpc.RpcError as error:
            emit_error(error)
        return

    request_type, response_type = message_classes(service, method)
    requests = [json_format.Parse(text, request_type()) for text in args[2:]]
    if fill is not None:
        setattr(requests[0], fill[0], "a" * fill[1])
    serialize, deserialize = request_type.SerializeToString, response_type.FromString
    try:
        if command == "hammer":
            hammer(channel, path, requests[0], serialize, deserialize)
        elif command == "unary":
            call = channel.unary_unary(path, request_serializer=serialize, response_deserializer=deserialize)
            response, state = call.with_call(requests[0], timeout=timeout or 10, compression=compression, metadata=METADATA or None)
            emit_message(response)
            emit_status(state.code(), state.details(), state.trailing_metadata())
        elif command == "server_stream":
            call = channel.unary_stream(path, request_serializer=serialize, response_deserializer=deserialize)
            responses = call(requests[0], timeout=timeout, compression=compression)
            count = 0
            for response in responses:
                emit_message(response)
                count += 1
                if limit is not None and count >= limit:
                    responses.cancel()
                    emit({"cancelled_by_client": True})
                    return
            emit_status(responses.code(), responses.details(), responses.trailing_metadata())
        elif command == "bidi":
            call = channel.stream_stream(path, request_serializer=serialize, response_deserializer=deserialize)
            responses = call(iter(requests), timeout=timeout or 10, compression=compression)
            for response in responses:
                emit_message(response)
            emit_status(responses.code(), responses.details(), responses.trailing_metadata())
        elif command == "cancel":
            call = channel.unary_stream(path, request_serializer=serialize, response_deserializer=deserialize)
            responses = call(requests[0], timeout=timeout or 30)
            emit_message(next(responses))
            responses.cancel()
            try:
                next(responses)
            except grpc.RpcError as error:
                emit_error(error)
        else:
            raise SystemExit(f"unknown command {command}")
    except grpc.RpcError as error:
        emit_error(error)


if __name__ == "__main__":
    main()
